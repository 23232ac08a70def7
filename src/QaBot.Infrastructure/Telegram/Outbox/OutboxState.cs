namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>An outbox row's life (stored as its number: never renumber).</summary>
public enum OutboxState
{
    /// <summary>Waiting for its turn (next_attempt_at) or being sent.</summary>
    Pending = 0,

    /// <summary>Telegram accepted it; the row holds Telegram's message id.</summary>
    Sent = 1,

    /// <summary>Telegram refused it for good (400, 403): logged with the reason, never retried.</summary>
    Dropped = 2,

    /// <summary>Retries ran out (Telegram:Delivery:MaxAttempts).</summary>
    Failed = 3,
}
