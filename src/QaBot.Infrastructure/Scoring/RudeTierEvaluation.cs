using Microsoft.ML;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring;

/// <summary>Scores labelled politeness examples through the <c>rude</c> tier of DESIGN §4 (<see cref="RudeTierResult"/>).</summary>
public static class RudeTierEvaluation
{
    public static RudeTierResult Evaluate(string modelZip, RudeLexicon lexicon, double threshold, IReadOnlyList<LabelledText> data)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(data);
        using var model = ScoringModel.Load(new MLContext(seed: 1), MessageScoringTask.Politeness, modelZip);
        var polite = model.Predict([.. data.Select(d => (d.Text, d.Language))]);
        int rude = 0, flagged = 0, byLexicon = 0, tp = 0, fp = 0, lexiconTp = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var isRude = !data[i].Label;
            var lexiconHit = lexicon.IsMatch(data[i].Text);
            var flag = lexiconHit || 1f - polite[i] >= threshold;
            rude += isRude ? 1 : 0;
            flagged += flag ? 1 : 0;
            byLexicon += lexiconHit ? 1 : 0;
            lexiconTp += lexiconHit && isRude ? 1 : 0;
            tp += flag && isRude ? 1 : 0;
            fp += flag && !isRude ? 1 : 0;
        }

        return new RudeTierResult(
            threshold, rude, flagged, byLexicon, tp, fp,
            Ratio(tp, flagged), Ratio(tp, rude), Ratio(lexiconTp, byLexicon), Ratio(lexiconTp, rude));
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);
}
