namespace QaBot.Infrastructure.Ingest;

/// <summary>The outcome of one import: what was read, stored, skipped and rejected.</summary>
public sealed record ImportReport
{
    public long Records { get; init; }

    public long ChatsCreated { get; init; }

    public long ChatsUpdated { get; init; }

    /// <summary>Chats posted again exactly as stored: nothing written, nothing rescored.</summary>
    public long ChatsUnchanged { get; init; }

    /// <summary>Messages inserted or changed.</summary>
    public long Messages { get; init; }

    /// <summary>Messages read from the input, written or not.</summary>
    public long MessagesRead { get; init; }

    public long Skipped { get; init; }

    public long Rejected { get; init; }

    /// <summary>Where the rejected records were written, when there were any.</summary>
    public string? RejectedPath { get; init; }

    public TimeSpan Elapsed { get; init; }

    public double MessagesPerSecond => Elapsed.TotalSeconds > 0 ? MessagesRead / Elapsed.TotalSeconds : 0;
}
