using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// DESIGN §4 <c>politeness</c>: no operator message is rude, by the politeness model (P(rude) ≥ RudeThreshold) or by
/// the rude lexicon (<see cref="RudeLexicon"/>: no typo tolerance, disguises seen through). Every operator message is scored, so the scores are also there for rude-message alerts.
/// </summary>
internal static class PolitenessCheck
{
    public static (CheckVerdict Verdict, IReadOnlyDictionary<string, float> Scores) Evaluate(ChatCheckContext context)
    {
        var scores = new Dictionary<string, float>(StringComparer.Ordinal);
        var rude = new List<string>();
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
        }

        return (CheckVerdict.FailIfAny(rude), scores);
    }
}
