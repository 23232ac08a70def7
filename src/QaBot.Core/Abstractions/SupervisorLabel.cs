using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>
/// A supervisor's verdict on a flagged message ("not a problem" or "confirmed"); the retraining job folds these into
/// the training set.
/// </summary>
public sealed record SupervisorLabel(ChatKey Chat, string MessageId, string Check, bool Confirmed, string Text, string? Language, long LabelledBy, DateTimeOffset At);
