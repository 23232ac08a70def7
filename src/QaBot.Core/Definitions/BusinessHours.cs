using System.Globalization;
using QaBot.Core.Kpis;

namespace QaBot.Core.Definitions;

/// <summary>
/// Business hours (DESIGN §6): a <see cref="WeeklySchedule"/> per group and channel (<c>*</c> for any), holidays on
/// which nothing opens, on the business clock. With <c>Sla:BusinessHoursOnly</c> waits count only the open time
/// between two instants, and a chat that started and ended unanswered while closed is after hours, not missed.
/// </summary>
public sealed class BusinessHours
{
    public const string Any = "*";

    // A wait longer than this is not walked day by day: nobody measures a service level over ten years.
    private const int MaxDays = 3660;

    private readonly Dictionary<(string Group, string Channel), WeeklySchedule> _schedules;
    private readonly HashSet<DateOnly> _holidays;

    public BusinessHours(IEnumerable<KeyValuePair<(string Group, string Channel), WeeklySchedule>> schedules, IEnumerable<DateOnly> holidays, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(zone);
        _schedules = new Dictionary<(string, string), WeeklySchedule>(new KeyComparer());
        foreach (var (key, schedule) in schedules)
        {
            _schedules[key] = schedule;
        }

        _holidays = [.. holidays];
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    /// <summary>The schedule of a chat: its group and channel, else its group, else its channel, else <c>*:*</c>; none = always open.</summary>
    public WeeklySchedule For(string? group, string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var g = string.IsNullOrEmpty(group) ? Any : group;
        return _schedules.TryGetValue((g, channel), out var s) || _schedules.TryGetValue((g, Any), out s)
            || _schedules.TryGetValue((Any, channel), out s) || _schedules.TryGetValue((Any, Any), out s)
            ? s
            : WeeklySchedule.AlwaysOpen;
    }

    /// <summary>The open time between two instants for a chat of this group and channel.</summary>
    public TimeSpan Elapsed(string? group, string channel, DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var schedule = For(group, channel);
        if (ReferenceEquals(schedule, WeeklySchedule.AlwaysOpen) && _holidays.Count == 0)
        {
            return to - from;
        }

        // Start a day early: an overnight range opened the evening before can cover the first instant.
        var first = DateOnly.FromDateTime(BusinessTime.ToLocal(from, Zone)).AddDays(-1);
        var last = DateOnly.FromDateTime(BusinessTime.ToLocal(to, Zone));
        var open = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var (day, n) = (first, 0); day <= last && n < MaxDays; day = day.AddDays(1), n++)
        {
            if (_holidays.Contains(day))
            {
                continue;
            }

            var midnight = day.ToDateTime(TimeOnly.MinValue);
            foreach (var (opens, closes) in schedule.RangesOn(BusinessTime.IsoWeekdayIndex(midnight)))
            {
                var start = BusinessTime.ToInstant(midnight + opens, Zone);
                var end = BusinessTime.ToInstant(midnight + closes, Zone);
                if (end > from && start < to)
                {
                    open.Add((start > from ? start : from, end < to ? end : to));
                }
            }
        }

        // Ranges may overlap (an overnight range and the next morning's): count each open instant once.
        var total = TimeSpan.Zero;
        DateTimeOffset? coveredUntil = null;
        foreach (var (start, end) in open.OrderBy(r => r.Start))
        {
            var since = coveredUntil is { } c && c > start ? c : start;
            if (end > since)
            {
                total += end - since;
                coveredUntil = end;
            }
        }

        return total;
    }

    /// <summary>Whether a chat of this group and channel is inside business hours at an instant.</summary>
    public bool IsOpen(string? group, string channel, DateTimeOffset at) =>
        Elapsed(group, channel, at, at + TimeSpan.FromSeconds(1)) > TimeSpan.Zero;

    /// <summary>A stable text of everything that changes a figure, for the rollup fingerprint.</summary>
    public string Describe() => string.Join("|",
        _schedules.OrderBy(p => p.Key.Group, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Key.Channel, StringComparer.OrdinalIgnoreCase)
            .Select(p => $"{p.Key.Group.ToUpperInvariant()}:{p.Key.Channel.ToUpperInvariant()}={p.Value.Text}")
            .Concat(_holidays.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .Prepend(Zone.Id));

    /// <summary>
    /// Parses <c>Business:Holidays</c> entries: a date <c>2026-01-01</c> or an inclusive range <c>2026-01-01..2026-01-08</c>.
    /// </summary>
    public static IEnumerable<DateOnly> ParseHolidays(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var bounds = entry.Split("..", StringSplitOptions.TrimEntries);
            if (bounds.Length > 2 || !TryDate(bounds[0], out var from) || !TryDate(bounds[^1], out var to))
            {
                throw new FormatException($"'{entry}' is not a date (2026-01-01) or a date range (2026-01-01..2026-01-08)");
            }

            if (to < from)
            {
                throw new FormatException($"'{entry}' ends before it starts");
            }

            for (var day = from; day <= to; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed class KeyComparer : IEqualityComparer<(string Group, string Channel)>
    {
        public bool Equals((string Group, string Channel) x, (string Group, string Channel) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Group, y.Group) && StringComparer.OrdinalIgnoreCase.Equals(x.Channel, y.Channel);

        public int GetHashCode((string Group, string Channel) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Group), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Channel));
    }
}
