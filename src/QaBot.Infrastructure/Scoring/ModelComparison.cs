namespace QaBot.Infrastructure.Scoring;

/// <summary>What <see cref="ModelRetrainer.Retrain"/> found: both models on the same held-out examples, and whether the candidate replaced the model.</summary>
/// <param name="TrainExamples">Examples the candidate was trained on (shipped training split + supervisor labels on that side).</param>
/// <param name="TrainLabels">Supervisor labels among <paramref name="TrainExamples"/>.</param>
/// <param name="TestExamples">Held-out examples both models were scored on.</param>
/// <param name="TestLabels">Supervisor labels among <paramref name="TestExamples"/>.</param>
public sealed record ModelComparison(
    MessageScoringTask Task,
    int TrainExamples,
    int TrainLabels,
    int TestExamples,
    int TestLabels,
    EvaluationResult Current,
    EvaluationResult Candidate,
    bool Replaced);
