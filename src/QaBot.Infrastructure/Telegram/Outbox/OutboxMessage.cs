namespace QaBot.Infrastructure.Telegram.Outbox;

/// <summary>A claimed outbox row, ready to send.</summary>
public sealed record OutboxMessage(long Id, OutboxDraft Draft, int Attempts)
{
    /// <summary>For an edit: the Telegram message to change, once known (its target was sent).</summary>
    public long? TargetMessageId { get; init; }

    /// <summary>For an edit of an outbox row: that row's state (an edit of a dropped message is dropped too).</summary>
    public OutboxState? TargetState { get; init; }

    public long ChatId => Draft.ChatId;
}
