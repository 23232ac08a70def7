namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>Where a <see cref="Dispute"/> stands (stored as its number).</summary>
public enum DisputeState
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}
