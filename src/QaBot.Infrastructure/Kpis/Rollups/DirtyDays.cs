namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Which stored days a recorded change can alter. A day's figures read its own chats and results (every field), the
/// operator texts of its own chats (canned), and — for FCR only — the chats starting on the
/// <see cref="KpiCalendar.LookaheadDays"/> days after it: their customer starts (repeat contacts) and newest message
/// (newest data). So a change reaches back to an earlier day only when it can move that day's <see cref="FcrHorizon"/>:
/// its newest message passes a window still open, or it starts before a counted chat's window closed. Under live
/// ingestion this leaves earlier days alone except the one or two whose windows are closing, instead of a whole
/// FCR window of days.
/// </summary>
public static class DirtyDays
{
    private const long MicrosPerHour = 3_600_000_000;

    /// <param name="horizonOf">The stored horizon of a day, or null when none is known (the day is then treated as changed).</param>
    public static SortedSet<DateOnly> Of(IEnumerable<DirtyMark> marks, KpiCalendar calendar, Func<DateOnly, FcrHorizon?> horizonOf)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(horizonOf);
        var days = new SortedSet<DateOnly>();
        foreach (var mark in marks.Distinct())
        {
            var (start, startEnd) = HourSpan(mark.Hour);
            var own = calendar.DayOf(start);
            var ownLast = calendar.DayOf(startEnd.AddTicks(-1));
            for (var day = own; day <= ownLast; day = day.AddDays(1))
            {
                days.Add(day);
            }

            if (mark.Scope == DirtyScope.Result)
            {
                continue;
            }

            var (_, newestEnd) = HourSpan(mark.NewestHour);
            for (var day = own.AddDays(-calendar.LookaheadDays); day < ownLast; day = day.AddDays(1))
            {
                if (mark.Scope == DirtyScope.Any || horizonOf(day) is not { } horizon
                    || (horizon.PendingFrom is { } pending && newestEnd > pending)
                    || (horizon.CountedUntil is { } counted && start <= counted))
                {
                    days.Add(day);
                }
            }
        }

        return days;
    }

    /// <summary>
    /// The instants an hour bucket can stand for. SQL integer division truncates towards zero, so a bucket at or
    /// before the epoch is widened by an hour to cover either rounding.
    /// </summary>
    private static (DateTimeOffset Start, DateTimeOffset End) HourSpan(long bucket)
    {
        var from = (bucket - (bucket <= 0 ? 1 : 0)) * MicrosPerHour;
        var to = (bucket + 1) * MicrosPerHour;
        return (DateTimeOffset.UnixEpoch.AddTicks(from * 10), DateTimeOffset.UnixEpoch.AddTicks(to * 10));
    }
}
