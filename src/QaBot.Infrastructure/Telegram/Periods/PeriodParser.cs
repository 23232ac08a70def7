using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Telegram.Periods;

/// <summary>
/// Parses the period argument of the bot's commands (DESIGN §6): <c>today</c> (the default), <c>yesterday</c>,
/// <c>7d</c>, <c>30d</c> (the last N business days, today included), <c>15m</c>, <c>60m</c> (live: the last minutes),
/// <c>YYYY-MM-DD</c> and <c>YYYY-MM-DD..YYYY-MM-DD</c>, with the aliases <c>week</c>/<c>неделя</c> (7d),
/// <c>month</c>/<c>месяц</c> (30d), <c>lastweek</c>/<c>прошлаянеделя</c> (Monday to Sunday before this week) and
/// <c>lastmonth</c>/<c>прошлыймесяц</c> (the calendar month before this one). Also reads back <see cref="ReportPeriod.Token"/>.
/// </summary>
public static partial class PeriodParser
{
    /// <summary>The longest period a command may ask for; longer ones are refused rather than left to time out.</summary>
    public const int MaxDays = 366;

    public static bool TryParse(string? text, DateTimeOffset now, TimeZoneInfo zone, out ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        period = ReportPeriod.ForDays(today, today);
        var value = text?.Trim().ToLowerInvariant();
        switch (value)
        {
            case null or "" or "today" or "сегодня":
                return true;
            case "yesterday" or "вчера":
                period = ReportPeriod.ForDays(today.AddDays(-1), today.AddDays(-1));
                return true;
            case "week" or "неделя" or "неделю" or "7дней":
                period = ReportPeriod.ForDays(today.AddDays(-6), today);
                return true;
            case "month" or "месяц" or "30дней":
                period = ReportPeriod.ForDays(today.AddDays(-29), today);
                return true;
            case "lastweek" or "last-week" or "прошлаянеделя" or "прошлуюнеделю":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                period = ReportPeriod.ForDays(monday.AddDays(-7), monday.AddDays(-1));
                return true;
            case "lastmonth" or "last-month" or "прошлыймесяц":
                var first = new DateOnly(today.Year, today.Month, 1);
                period = ReportPeriod.ForDays(first.AddMonths(-1), first.AddDays(-1));
                return true;
        }

        if (LastRegex().Match(value) is { Success: true } last)
        {
            var n = int.Parse(last.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (last.Groups["unit"].Value == "m")
            {
                if (n is < 1 or > 24 * 60)
                {
                    return false;
                }

                period = ReportPeriod.LastMinutes(n, today);
                return true;
            }

            if (n is < 1 or > MaxDays)
            {
                return false;
            }

            period = ReportPeriod.ForDays(today.AddDays(1 - n), today);
            return true;
        }

        if (RangeRegex().Match(value) is not { Success: true } range
            || !TryDate(range.Groups["from"].Value, out var from)
            || !TryDate(range.Groups["to"].Success ? range.Groups["to"].Value : range.Groups["from"].Value, out var to)
            || from > to
            || to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            return false;
        }

        period = ReportPeriod.ForDays(from, to);
        return true;
    }

    /// <summary>
    /// Why <paramref name="text"/> is no period although it is written like one: a range that ends before it starts, or
    /// one longer than <see cref="MaxDays"/>; null for anything else (an unknown word, or a valid period).
    /// </summary>
    public static PeriodProblem? Problem(string? text)
    {
        var value = text?.Trim().ToLowerInvariant() ?? string.Empty;
        if (LastRegex().Match(value) is { Success: true } last)
        {
            var n = int.Parse(last.Groups["n"].Value, CultureInfo.InvariantCulture);
            return n > (last.Groups["unit"].Value == "m" ? 24 * 60 : MaxDays) ? PeriodProblem.TooLong : null;
        }

        if (RangeRegex().Match(value) is { Success: true, Groups: var g } && g["to"].Success
            && TryDate(g["from"].Value, out var from) && TryDate(g["to"].Value, out var to))
        {
            return from > to ? PeriodProblem.Reversed : to.DayNumber - from.DayNumber + 1 > MaxDays ? PeriodProblem.TooLong : null;
        }

        return null;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Replace("-", string.Empty, StringComparison.Ordinal), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex("^(?<n>\\d{1,4})(?<unit>[dm])$")]
    private static partial Regex LastRegex();

    [GeneratedRegex("^(?<from>\\d{4}-?\\d{2}-?\\d{2})(?:(?:\\.\\.|-)(?<to>\\d{4}-?\\d{2}-?\\d{2}))?$")]
    private static partial Regex RangeRegex();
}
