namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// One row of the models' ML.NET input, prepared in C# by <see cref="ScoringRowFactory"/>: the text two ways (for
/// character and word n-grams) and the hand-written feature vector. The vector's length differs per task, so its
/// column type is set by a schema definition (<see cref="ScoringPipeline.InputSchema"/>) rather than an attribute.
/// </summary>
public sealed class ScoringInput
{
    /// <summary>Lower-cased (ё→е) text with its punctuation and emoji, for character n-grams.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Normalised words separated by single spaces, each CJK character a word of its own.</summary>
    public string Words { get; set; } = string.Empty;

    /// <summary>ru, en, zh, or empty when unknown. Kept for inspection; the model sees it through the features.</summary>
    public string Language { get; set; } = string.Empty;

    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
