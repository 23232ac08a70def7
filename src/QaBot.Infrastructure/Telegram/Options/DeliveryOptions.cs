using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Telegram.Options;

/// <summary>
/// <c>Telegram:Delivery</c>: the outbox's pace and patience. Defaults are Telegram's published limits (30 messages a
/// second overall, 20 a minute per group, about one a second per private chat).
/// </summary>
public sealed class DeliveryOptions
{
    [Range(1, 1000)]
    public int GlobalPerSecond { get; set; } = 30;

    [Range(1, 1000)]
    public int GroupPerMinute { get; set; } = 20;

    [Range(1, 100)]
    public int PrivatePerSecond { get; set; } = 1;

    /// <summary>First retry delay after a 5xx or network failure; doubles per attempt up to <see cref="MaxBackoffSeconds"/>.</summary>
    [Range(0.05, 3600)]
    public double InitialBackoffSeconds { get; set; } = 1;

    [Range(1, 86400)]
    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>Attempts before a message is given up as failed (logged as an error). 50 at the cap is about four hours.</summary>
    [Range(1, 100000)]
    public int MaxAttempts { get; set; } = 50;

    /// <summary>A claimed message not reported back within this time is claimed again (an instance died mid-send).</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>How often a delivery loop looks for due messages when nothing woke it (other instances' messages).</summary>
    [Range(10, 60000)]
    public int PollMilliseconds { get; set; } = 250;

    /// <summary>Timeout of one Bot API call.</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;
}
