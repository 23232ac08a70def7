using System.Globalization;

namespace QaBot.Core.Definitions;

/// <summary>
/// Opening hours for each weekday, parsed from DESIGN §6's <c>"mon-fri 09:00-18:00; sat 10:00-16:00"</c>: clauses split
/// by <c>;</c>, each a day list (<c>mon</c>…<c>sun</c>, ranges <c>mon-fri</c>, lists <c>mon,wed</c>, <c>daily</c>, or the
/// Russian <c>пн</c>…<c>вс</c>) and one or more time ranges (<c>09:00-13:00,14:00-18:00</c>; <c>24:00</c> ends a day;
/// a range that ends before it starts runs past midnight into the next day). A day no clause names is closed.
/// </summary>
public sealed class WeeklySchedule
{
    private static readonly string[][] DayNames =
    [
        ["mon", "monday", "пн", "пон"], ["tue", "tuesday", "вт", "вто"], ["wed", "wednesday", "ср", "сре"],
        ["thu", "thursday", "чт", "чет"], ["fri", "friday", "пт", "пят"], ["sat", "saturday", "сб", "суб"],
        ["sun", "sunday", "вс", "вос"],
    ];

    // Opening ranges per ISO weekday (Monday = 0) as offsets from that day's midnight; an end past 24 h runs overnight.
    private readonly IReadOnlyList<(TimeSpan Open, TimeSpan Close)>[] _days;

    private WeeklySchedule(IReadOnlyList<(TimeSpan, TimeSpan)>[] days, string text)
    {
        _days = days;
        Text = text;
    }

    /// <summary>Open around the clock, every day.</summary>
    public static WeeklySchedule AlwaysOpen { get; } = Parse("daily 00:00-24:00");

    /// <summary>The schedule as configured (for messages and the rollup fingerprint).</summary>
    public string Text { get; }

    /// <summary>The opening ranges of an ISO weekday (Monday = 0), as offsets from its midnight.</summary>
    public IReadOnlyList<(TimeSpan Open, TimeSpan Close)> RangesOn(int isoWeekday) => _days[isoWeekday];

    /// <summary>Parses a schedule; a <see cref="FormatException"/> names the part it could not read.</summary>
    public static WeeklySchedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = Enumerable.Range(0, 7).Select(_ => new List<(TimeSpan, TimeSpan)>()).ToArray();
        var clauses = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (clauses.Length == 0)
        {
            throw new FormatException("the schedule is empty; write e.g. \"mon-fri 09:00-18:00; sat 10:00-16:00\"");
        }

        foreach (var clause in clauses)
        {
            var parts = clause.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"'{clause}' needs days and hours, e.g. \"mon-fri 09:00-18:00\"");
            }

            var ranges = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseRange).ToList();
            foreach (var day in ParseDays(parts[0]))
            {
                days[day].AddRange(ranges);
            }
        }

        foreach (var day in days)
        {
            day.Sort();
        }

        return new WeeklySchedule([.. days], text.Trim());
    }

    private static IEnumerable<int> ParseDays(string text)
    {
        if (text.Equals("daily", StringComparison.OrdinalIgnoreCase) || text.Equals("ежедневно", StringComparison.OrdinalIgnoreCase))
        {
            return Enumerable.Range(0, 7);
        }

        var result = new SortedSet<int>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = item.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is not (1 or 2))
            {
                throw new FormatException($"'{item}' is not a day or a day range such as mon-fri");
            }

            var first = Day(bounds[0]);
            var last = bounds.Length == 2 ? Day(bounds[1]) : first;
            // mon-fri, and also a range across the week's end: fri-mon is fri, sat, sun, mon.
            for (var d = first; ; d = (d + 1) % 7)
            {
                result.Add(d);
                if (d == last)
                {
                    break;
                }
            }
        }

        return result;
    }

    private static int Day(string name)
    {
        for (var i = 0; i < DayNames.Length; i++)
        {
            if (DayNames[i].Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new FormatException($"'{name}' is not a weekday; use mon, tue, wed, thu, fri, sat, sun (or пн…вс)");
    }

    private static (TimeSpan, TimeSpan) ParseRange(string text)
    {
        var bounds = text.Split('-', StringSplitOptions.TrimEntries);
        if (bounds.Length != 2)
        {
            throw new FormatException($"'{text}' is not a time range such as 09:00-18:00");
        }

        var open = Time(bounds[0], text);
        var close = Time(bounds[1], text);
        if (open == close)
        {
            throw new FormatException($"'{text}' opens and closes at the same time; write 00:00-24:00 for the whole day");
        }

        if (open >= TimeSpan.FromDays(1))
        {
            throw new FormatException($"'{text}' opens at 24:00; a day opens at 00:00–23:59");
        }

        // 22:00-06:00 is open overnight, until six the next morning.
        return (open, close < open ? close + TimeSpan.FromDays(1) : close);
    }

    private static TimeSpan Time(string text, string range)
    {
        if (text == "24:00")
        {
            return TimeSpan.FromDays(1);
        }

        return TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToTimeSpan()
            : throw new FormatException($"'{text}' in '{range}' is not a time of day such as 09:00");
    }
}
