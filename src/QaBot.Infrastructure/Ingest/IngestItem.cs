using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest;

/// <summary>
/// One record read from an input: a chat (or a chat fragment) to upsert, a rejection with its reason, or an input
/// that is valid but carries nothing to store (e.g. a Chatwoot event QaBot does not use).
/// </summary>
public readonly record struct IngestItem(long Line, Chat? Chat, string? Error, string? Raw, string? Ignored = null)
{
    public static IngestItem Accepted(long line, Chat chat) => new(line, chat, null, null);

    public static IngestItem Rejected(long line, string error, string raw) => new(line, null, error, raw);

    public static IngestItem Skipped(long line, string reason) => new(line, null, null, null, reason);
}
