using Microsoft.ML.Data;

namespace QaBot.Infrastructure.Scoring;

/// <summary>The models' output: P(label = 1), i.e. P(polite or neutral) or P(purchase intent).</summary>
public sealed class ScoringPrediction
{
    [ColumnName("PredictedLabel")]
    public bool PredictedLabel { get; set; }

    public float Probability { get; set; }

    public float Score { get; set; }
}
