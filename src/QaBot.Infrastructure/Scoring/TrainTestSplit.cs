namespace QaBot.Infrastructure.Scoring;

/// <summary>The two sides of a <see cref="HeldOutSplit"/>.</summary>
public sealed record TrainTestSplit(IReadOnlyList<LabelledText> Train, IReadOnlyList<LabelledText> Test);
