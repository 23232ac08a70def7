using QaBot.Core.Transcripts;

namespace QaBot.Core.Abstractions;

/// <summary>A filter over stored chats: a time window on the chat's first message, optionally a group and operator.</summary>
public sealed record ChatQuery(DateTimeOffset From, DateTimeOffset To)
{
    public string? Group { get; init; }

    public string? OperatorId { get; init; }

    public string? Channel { get; init; }

    /// <summary>Only these chats (still within the time window); null for all. Keep it to a few hundred keys per query.</summary>
    public IReadOnlyCollection<ChatKey>? Keys { get; init; }

    /// <summary>Only chats without ended_at (candidates for "open" and "waiting").</summary>
    public bool OnlyWithoutEnd { get; init; }
}
