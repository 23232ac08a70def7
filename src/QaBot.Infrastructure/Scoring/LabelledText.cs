namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// One training or evaluation example. <paramref name="Label"/> follows the CSV label of DESIGN §7 (politeness: true =
/// polite or neutral; sales intent: true = purchase intent). <paramref name="Language"/> is ru, en, zh or null (unknown).
/// </summary>
public sealed record LabelledText(string Text, bool Label, string? Language = null);
