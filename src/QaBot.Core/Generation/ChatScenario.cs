namespace QaBot.Core.Generation;

/// <summary>
/// What the generator deliberately put into one chat. Flags are false for chats they cannot apply to (for example
/// every operator flag of a missed chat), so a rate of <see cref="GeneratorRates"/> is measured over its own population.
/// </summary>
public sealed record ChatScenario
{
    public required ChatKind Kind { get; init; }

    /// <summary>The customer had another chat that ended within the 7 days before this one started.</summary>
    public bool RepeatContact { get; init; }

    public bool BotBeforeOperator { get; init; }

    public bool PurchaseIntent { get; init; }

    /// <summary>First response after more than 20 s (chat and messenger channels).</summary>
    public bool SlowFirstResponse { get; init; }

    public bool MissingGreeting { get; init; }

    /// <summary>A customer waited more than 60 s after t1 and the operator's message before was not a wait notice.</summary>
    public bool UnannouncedLongWait { get; init; }

    /// <summary>The operator sent a wait notice and came back more than 60 s later.</summary>
    public bool AnnouncedHold { get; init; }

    /// <summary>True when the chat has an operator message ending a wait of more than 60 s.</summary>
    public bool HasWaitOverSixtySeconds { get; init; }

    /// <summary>An operator message ending a wait of more than 60 s does not thank the customer for waiting.</summary>
    public bool MissingThanksForWaiting { get; init; }

    public bool MissingClosing { get; init; }

    public bool UnansweredQuestion { get; init; }

    public bool RudeMessage { get; init; }

    public bool Transferred { get; init; }

    /// <summary>A purchase-intent chat in which no operator made an offer.</summary>
    public bool MissedSale { get; init; }

    /// <summary>At least one operator message is marked <c>canned</c>.</summary>
    public bool CannedReplies { get; init; }
}
