using QaBot.Core.Kpis;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Business days in one time zone, and how far a day's FCR context reaches: the chats that start on it and on the
/// <see cref="LookaheadDays"/> days after it (<see cref="BusinessDayChats"/>).
/// </summary>
public sealed class KpiCalendar
{
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
}
