using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>An operator's dispute of one failed check in one chat, and the supervisor's decision once made.</summary>
public sealed record Dispute(long Id, ChatKey Chat, string Check, string OperatorId, long OperatorUser, DisputeState State, string? DecidedBy);
