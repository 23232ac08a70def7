namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The hyperparameters of the training pipeline (<see cref="ScoringPipeline"/>). The n-grams themselves are fixed in
/// code (they must be computed the same way when scoring); these only change how the model is fitted.
/// <see cref="For"/> gives the tuned defaults each shipped model is trained with.
/// </summary>
public sealed record ScoringPipelineOptions
{
    public float L2Regularization { get; init; } = 0.1f;

    public float L1Regularization { get; init; }

    /// <summary>Include the hand-written cue features (politeness strategies, sales topics).</summary>
    public bool UseCueFeatures { get; init; } = true;

    /// <summary>
    /// Politeness: chosen with tests/QaBot.Benchmarks <c>tune</c> on the Stanford Wikipedia requests (trained on
    /// config/training and tested there, and 10-fold cross-validated there). Sales intent: the same settings.
    /// </summary>
    public static ScoringPipelineOptions For(MessageScoringTask task) => task switch
    {
        MessageScoringTask.Politeness => new ScoringPipelineOptions(),
        MessageScoringTask.SalesIntent => new ScoringPipelineOptions(),
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };
}
