namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>Where an alerted chat stands (stored as its number: never renumber).</summary>
public enum AlertState
{
    Waiting = 0,
    Answered = 1,
    Missed = 2,

    /// <summary>Ended without being missed (e.g. outbound after all, or a short abandon by a late ended_at).</summary>
    Closed = 3,
}
