using System.Text.Json.Serialization;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// How the <c>rude</c> tier (auto-fail: a rude-lexicon hit, or P(rude) ≥ <c>Rules:RudeThreshold</c>) does on labelled
/// messages, rude (label 0) being the positive class: what <c>qabot evaluate --task politeness</c> adds to the model's
/// metrics, because that tier, not the model alone, is what zeroes an operator's score.
/// </summary>
public sealed record RudeTierResult(
    [property: JsonPropertyName("threshold")] double Threshold,
    [property: JsonPropertyName("rude")] int Rude,
    [property: JsonPropertyName("flagged")] int Flagged,
    [property: JsonPropertyName("flagged_by_lexicon")] int FlaggedByLexicon,
    [property: JsonPropertyName("tp")] int Tp,
    [property: JsonPropertyName("fp")] int Fp,
    [property: JsonPropertyName("precision")] double? Precision,
    [property: JsonPropertyName("recall")] double? Recall,
    [property: JsonPropertyName("lexicon_precision")] double? LexiconPrecision,
    [property: JsonPropertyName("lexicon_recall")] double? LexiconRecall);
