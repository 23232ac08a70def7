namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The hyperparameters of the training pipeline (<see cref="ScoringPipeline"/>). <see cref="For"/> gives the tuned
/// defaults each shipped model is trained with; other values exist for tuning runs (tests/QaBot.Benchmarks).
/// </summary>
public sealed record ScoringPipelineOptions
{
    /// <summary>Word n-grams of every length from 1 to this.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-gram lengths; each is its own dictionary of n-grams.</summary>
    public IReadOnlyList<int> CharNgramLengths { get; init; } = [3, 4, 5];

    /// <summary>Weigh n-grams by TF-IDF rather than raw term frequency.</summary>
    public bool UseIdf { get; init; } = true;

    /// <summary>Caps each n-gram dictionary, which bounds the model's size and its scoring time.</summary>
    public int MaximumNgramsCount { get; init; } = 200_000;

    public float L2Regularization { get; init; } = 1f;

    public float L1Regularization { get; init; }

    /// <summary>Include the hand-written cue features (politeness strategies, sales topics).</summary>
    public bool UseCueFeatures { get; init; } = true;

    public static ScoringPipelineOptions For(MessageScoringTask task) => task switch
    {
        MessageScoringTask.Politeness => new ScoringPipelineOptions(),
        MessageScoringTask.SalesIntent => new ScoringPipelineOptions(),
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };
}
