namespace QaBot.Core.Generation;

/// <summary>One rate the generated data is built to show: its name, value (0–1) and the chats it is measured over.</summary>
public sealed record ExpectedRate(string Name, double Value, string Population);
