using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>A synthetic operator: who they are, which language and group they serve, and their habits.</summary>
internal sealed record GeneratedOperator(Party Party, string Language, string Group, OperatorHabits Habits);
