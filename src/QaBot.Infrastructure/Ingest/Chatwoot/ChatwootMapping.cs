using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// What one Chatwoot webhook payload contributes to the transcript store: a partial <see cref="Chat"/> to upsert
/// (merge it with <see cref="ChatMerger.Merge"/>), or, when the event carries nothing for a transcript, no chat and
/// the reason it was ignored.
/// </summary>
/// <param name="Event">The payload's <c>event</c> name, e.g. <c>message_created</c>.</param>
/// <param name="Chat">The chat to upsert, or null when the payload was ignored.</param>
/// <param name="IgnoredReason">Why no chat was produced (unsupported event, private note, ...); null when <paramref name="Chat"/> is set.</param>
public sealed record ChatwootMapping(string Event, Chat? Chat, string? IgnoredReason)
{
    public bool IsIgnored => Chat is null;
}
