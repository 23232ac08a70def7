namespace QaBot.Core.Kpis;

/// <summary>
/// What to report on: the business days [<see cref="From"/>, <see cref="To"/>] (inclusive) in <see cref="TimeZone"/>,
/// evaluated at <see cref="Now"/> (which decides open vs ended, hence waiting vs missed), optionally narrowed to one
/// group or to the chats one operator handled.
/// </summary>
public sealed record KpiRequest(DateOnly From, DateOnly To, TimeZoneInfo TimeZone, DateTimeOffset Now)
{
    public string? Group { get; init; }

    /// <summary>Only chats this operator handled (wrote in); <c>by_operator</c> then lists only them.</summary>
    public string? OperatorId { get; init; }

    /// <summary>Number of business days in the period.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of equal length just before this one, for the trend.</summary>
    public KpiRequest PreviousPeriod() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeZone);
        if (From > To)
        {
            throw new ArgumentException($"The period start {From:yyyy-MM-dd} is after its end {To:yyyy-MM-dd}.", nameof(From));
        }
    }
}
