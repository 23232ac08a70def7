namespace QaBot.Infrastructure.Scoring;

/// <summary>What <see cref="ModelTrainer.Train"/> did: where the model went and what it learned from.</summary>
/// <param name="ExamplesByLanguage">Examples per language code; unknown language under the empty string.</param>
public sealed record TrainResult(
    MessageScoringTask Task,
    string ModelPath,
    int Examples,
    int Positives,
    IReadOnlyDictionary<string, int> ExamplesByLanguage,
    TimeSpan Elapsed);
