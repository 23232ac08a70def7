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

    /// <summary>Only chats that started (business clock) before this instant; the trend's cut previous day uses it.</summary>
    public DateTime? StartedBefore { get; init; }

    /// <summary>Number of business days in the period.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of equal length just before this one, for the trend (cut at <see cref="PreviousComparableUntil"/>).</summary>
    public KpiRequest PreviousPeriod() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>
    /// While the period is still running (<see cref="Now"/> falls inside it), the wall-clock instant of the previous
    /// period that matches now: the trend then compares the same hours ("today until 07:30" with "yesterday until
    /// 07:30"), not a part-day with a whole one. Null for a period that is over (or not begun).
    /// </summary>
    public DateTime? PreviousComparableUntil
    {
        get
        {
            var local = BusinessTime.ToLocal(Now, TimeZone);
            var today = DateOnly.FromDateTime(local);
            if (!Contains(today))
            {
                return null;
            }

            return From.AddDays(-Days + (today.DayNumber - From.DayNumber)).ToDateTime(TimeOnly.FromTimeSpan(local.TimeOfDay));
        }
    }

    /// <summary>True when a chat that started at <paramref name="localStart"/> (business clock) counts in the trend's previous period.</summary>
    public bool InPreviousPeriod(DateTime localStart, DateTime? comparableUntil)
    {
        var day = DateOnly.FromDateTime(localStart);
        return day >= From.AddDays(-Days) && day < From && (comparableUntil is not { } until || localStart < until);
    }

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeZone);
        if (From > To)
        {
            throw new ArgumentException($"The period start {From:yyyy-MM-dd} is after its end {To:yyyy-MM-dd}.", nameof(From));
        }
    }
}
