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

    /// <summary>
    /// The L2 norm each n-gram block is scaled to. Below 1 it regularises the n-grams harder than the cue features,
    /// which pushes the model towards the strategies that carry over to new kinds of text.
    /// </summary>
    public float NgramBlockNorm { get; init; } = 1f;

    public float L2Regularization { get; init; } = 1f;

    public float L1Regularization { get; init; }

    /// <summary>Include the hand-written cue features (politeness strategies, sales topics).</summary>
    public bool UseCueFeatures { get; init; } = true;

    /// <summary>
    /// Politeness: chosen with tests/QaBot.Benchmarks <c>tune</c> on the Stanford Wikipedia requests (trained on
    /// config/training, tested there; and 10-fold cross-validated there). Sales intent: the same pipeline.
    /// </summary>
    public static ScoringPipelineOptions For(MessageScoringTask task) => task switch
    {
        MessageScoringTask.Politeness => new ScoringPipelineOptions { L2Regularization = 0.1f, CharNgramLengths = [2, 3, 4] },
        MessageScoringTask.SalesIntent => new ScoringPipelineOptions { L2Regularization = 0.1f, CharNgramLengths = [2, 3, 4] },
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };
}
