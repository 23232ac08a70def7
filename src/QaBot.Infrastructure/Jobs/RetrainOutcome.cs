using QaBot.Infrastructure.Scoring;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// One model retrained by <see cref="RetrainJob"/>: what it learned from, both held-out accuracies, and whether the new
/// model replaced the one in use. <paramref name="NewestLabelAt"/> is the newest supervisor label it saw: the next run
/// retrains only when a label is newer.
/// </summary>
public sealed record RetrainOutcome(
    MessageScoringTask Task,
    DateTimeOffset At,
    int TrainExamples,
    int TestExamples,
    int Labels,
    double CurrentAccuracy,
    double CandidateAccuracy,
    bool Replaced,
    DateTimeOffset NewestLabelAt)
{
    public string Decision => Replaced ? "replaced" : "kept current";

    /// <summary>One line for the run ledger and the dashboard, e.g. <c>politeness: replaced, accuracy 0.9000 → 0.9500 …</c>.</summary>
    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Task.ToName()}: {Decision}, held-out accuracy {CurrentAccuracy:F4} current vs {CandidateAccuracy:F4} new on {TestExamples} examples; {Labels} labels");
}
