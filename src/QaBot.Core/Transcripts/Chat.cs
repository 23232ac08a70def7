namespace QaBot.Core.Transcripts;

/// <summary>A conversation with its messages (DESIGN §2). Identified by (<see cref="Source"/>, <see cref="Id"/>).</summary>
public sealed record Chat
{
    public const string DefaultSource = "default";

    public required string Id { get; init; }

    public string Source { get; init; } = DefaultSource;

    public string Channel { get; init; } = Channels.Chat;

    public string? Group { get; init; }

    public string? Language { get; init; }

    public Party? Customer { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public int? Csat { get; init; }

    public bool? Converted { get; init; }

    public decimal? OrderValue { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Messages in time order (ties broken by id), unique by id.</summary>
    public IReadOnlyList<ChatMessage> Messages { get; init; } = [];

    public ChatKey Key => new(Source, Id);
}
