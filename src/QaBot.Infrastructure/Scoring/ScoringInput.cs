using Microsoft.ML.Data;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// One row of the models' ML.NET input, prepared in C# by <see cref="ScoringRowFactory"/>: hashed word and character
/// n-grams (each block L2-normalised) and the hand-written feature vector. Vector lengths are set by a schema definition
/// (<see cref="ScoringPipeline.InputSchema"/>) because the feature count differs per task.
/// </summary>
public sealed class ScoringInput
{
    /// <summary>
    /// Part of the n-gram column name, so that a model trained on differently computed n-grams fails to load with a
    /// clear message instead of scoring garbage. Bump it whenever <c>NgramHashing</c> changes.
    /// </summary>
    public const string FeatureVersion = "v1";

    public const string NgramsColumn = "Ngrams." + FeatureVersion;

    /// <summary>The message as written; kept for inspection, the model sees it through the vectors below.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>ru, en, zh, or empty when unknown; the model sees it through the features.</summary>
    public string Language { get; set; } = string.Empty;

    public bool Label { get; set; }

    /// <summary>The hand-written features of the task (politeness strategies or sales topics).</summary>
    public float[] Features { get; set; } = [];

    [ColumnName(NgramsColumn)]
    public VBuffer<float> Ngrams { get; set; }
}
