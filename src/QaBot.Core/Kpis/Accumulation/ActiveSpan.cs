namespace QaBot.Core.Kpis.Accumulation;

/// <summary>The time one chat counts towards its operator's concurrency: their first message to the chat's end.</summary>
public readonly record struct ActiveSpan(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To > From ? To - From : TimeSpan.Zero;
}
