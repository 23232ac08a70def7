namespace QaBot.Core.Transcripts;

/// <summary>One message of a chat (DESIGN §2). <see cref="Id"/> is unique within its chat.</summary>
public sealed record ChatMessage
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required Sender From { get; init; }

    public string? Text { get; init; }

    /// <summary>The operator who wrote it, or, for a system event such as a transfer, the operator it names.</summary>
    public Party? Operator { get; init; }

    public bool? Canned { get; init; }

    /// <summary>System event name, e.g. <c>transfer</c>.</summary>
    public string? Event { get; init; }

    public bool IsTransfer => From == Sender.System && string.Equals(Event, "transfer", StringComparison.OrdinalIgnoreCase);
}
