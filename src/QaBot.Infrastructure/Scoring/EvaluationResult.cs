using System.Text.Json.Serialization;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The metrics <c>qabot evaluate</c> prints (DESIGN §7): example count, accuracy, F1 and ROC AUC, with label 1 as the
/// positive class (polite or neutral; purchase intent).
/// </summary>
public sealed record EvaluationResult(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("auc")] double Auc)
{
    /// <summary>The auto-fail tier on the same examples (politeness with a saved model only).</summary>
    [JsonPropertyName("rude_tier")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RudeTierResult? RudeTier { get; init; }
}
