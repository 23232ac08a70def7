namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>What a failed Bot API call means for the outbox row.</summary>
public enum DeliveryFailureKind
{
    /// <summary>429: wait retry_after, then try again.</summary>
    RetryAfter,

    /// <summary>5xx, network or timeout: retry with exponential back-off.</summary>
    Transient,

    /// <summary>400: Telegram will never accept it; log the reason and drop it.</summary>
    Rejected,

    /// <summary>403, or 400 "chat not found": the recipient blocked the bot or never started it.</summary>
    Unreachable,

    /// <summary>400 "message is not modified": the edit is already what the user sees.</summary>
    NotModified,
}
