using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>politeness</c>: no operator message is <c>rude</c>, by the rude lexicon (<see cref="RudeLexicon"/>: no
/// typo tolerance, disguises seen through) or by the politeness model (P(rude) ≥ RudeThreshold). A message the model
/// is unsure of (ReviewThreshold ≤ P(rude) &lt; RudeThreshold, no lexicon hit) is <c>review</c>: it does not fail the
/// check, a supervisor labels it. Every operator message is scored, so the scores are also there for alerts.
/// </summary>
internal static class PolitenessCheck
{
    public static (CheckVerdict Verdict, IReadOnlyDictionary<string, float> Scores, IReadOnlyList<string> Review) Evaluate(ChatCheckContext context)
    {
        var scores = new Dictionary<string, float>(StringComparer.Ordinal);
        var rude = new List<string>();
        var review = new List<string>();
        for (var i = 0; i < context.Messages.Count; i++)
        {
            var message = context.Messages[i];
            if (message.From != Sender.Operator || string.IsNullOrWhiteSpace(message.Text))
            {
                continue;
            }

            var pRude = context.Scorer.ScoreRudeness(message.Text, context.Language);
            scores[message.Id] = pRude;
            if (pRude >= context.Settings.RudeThreshold || context.Phrases.Rude.IsMatch(QuotedText.Strip(message.Text)))
            {
                rude.Add(message.Id);
            }
            else if (pRude >= context.Settings.ReviewThreshold)
            {
                review.Add(message.Id);
            }
        }

        return (CheckVerdict.FailIfAny(rude), scores, review);
    }
}
