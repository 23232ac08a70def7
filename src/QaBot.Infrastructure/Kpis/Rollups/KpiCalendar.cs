using QaBot.Core.Kpis;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Business days in one time zone, and which days' figures depend on which chats. A day's figures read the chats
/// that start on it and, as FCR context, those starting up to <see cref="LookaheadDays"/> days later
/// (<see cref="BusinessDayChats"/>), so a change to a chat of day X can change days X − LookaheadDays … X.
/// </summary>
public sealed class KpiCalendar
{
    private const long MicrosPerHour = 3_600_000_000;

    public KpiCalendar(TimeZoneInfo zone, int fcrWindowDays)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(fcrWindowDays);
        Zone = zone;
        // The FCR window runs from a chat's end, and a chat may end the day after it starts: one spare day, as KpiEngine.InputQuery.
        LookaheadDays = fcrWindowDays + 1;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>How many business days after a day its FCR context reaches.</summary>
    public int LookaheadDays { get; }

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(BusinessTime.ToLocal(instant, Zone));

    public DateTimeOffset StartOf(DateOnly day) => BusinessTime.StartOfDay(day, Zone);

    /// <summary>
    /// The days whose figures may change when a chat starting in the given dirty-hour bucket changes. Buckets are
    /// <c>started_at</c> in Unix microseconds divided by an hour; SQL integer division truncates towards zero, so a
    /// bucket at or before the epoch is widened by an hour to cover either rounding.
    /// </summary>
    public (DateOnly First, DateOnly Last) DaysDependingOnHour(long hourBucket)
    {
        var fromMicros = (hourBucket - (hourBucket <= 0 ? 1 : 0)) * MicrosPerHour;
        var toMicros = ((hourBucket + 1) * MicrosPerHour) - 1;
        var first = DayOf(DateTimeOffset.UnixEpoch.AddTicks(fromMicros * 10));
        var last = DayOf(DateTimeOffset.UnixEpoch.AddTicks(toMicros * 10));
        return (first.AddDays(-LookaheadDays), last);
    }

    /// <summary>Every day any of the dirty-hour buckets can change.</summary>
    public SortedSet<DateOnly> DaysDependingOn(IEnumerable<long> hourBuckets)
    {
        ArgumentNullException.ThrowIfNull(hourBuckets);
        var days = new SortedSet<DateOnly>();
        foreach (var bucket in hourBuckets.Distinct())
        {
            var (first, last) = DaysDependingOnHour(bucket);
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
