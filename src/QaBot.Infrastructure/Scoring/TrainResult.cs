namespace QaBot.Infrastructure.Scoring;

/// <summary>What <see cref="ModelTrainer.Train"/> did: where the model went and what it learned from.</summary>
/// <param name="ExamplesByLanguage">Examples per language code; unknown language under the empty string.</param>
/// <param name="CalibrationExamples">
/// Rows held out of the fit to calibrate the probabilities on (Platt); 0 when the data was too small for a slice with
/// both labels, and the regression's own probabilities are used.
/// </param>
public sealed record TrainResult(
    MessageScoringTask Task,
    string ModelPath,
    int Examples,
    int Positives,
    IReadOnlyDictionary<string, int> ExamplesByLanguage,
    int CalibrationExamples,
    TimeSpan Elapsed);
