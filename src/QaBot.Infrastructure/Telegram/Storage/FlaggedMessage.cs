using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>A message shown to supervisors with "not a problem" / "confirmed" buttons; the buttons carry only its id.</summary>
public sealed record FlaggedMessage(ChatKey Chat, string MessageId, string Check, string Text, string? Language);
