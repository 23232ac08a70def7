using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// One chat's missed-chat alert: claimed once per chat in the database (so two instances never alert twice), shown as a
/// line of an alert post, and updated when the chat is answered or ends.
/// </summary>
public sealed record ChatAlert
{
    public required ChatKey Chat { get; init; }

    public long? PostId { get; init; }

    public AlertState State { get; init; }

    public string? Group { get; init; }

    public required string Channel { get; init; }

    /// <summary>The customer's first words, as they wrote them (escaped when rendered).</summary>
    public string? FirstWords { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>How long the customer had waited when the alert was raised.</summary>
    public required TimeSpan Waited { get; init; }

    /// <summary>Who answered (name or id), when answered.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>Wait until the answer, or time until the customer left.</summary>
    public TimeSpan? ResolvedAfter { get; init; }

    /// <summary>The percentage of its threshold the wait had reached when last shown: below 100 a warning, 100 the alert.</summary>
    public int Level { get; init; } = 100;

    /// <summary>Who pressed "I'll take it" (name), and their Telegram id.</summary>
    public string? TakenBy { get; init; }

    public long? TakenByUser { get; init; }
}
