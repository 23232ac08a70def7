using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Telegram.Periods;

/// <summary>
/// Parses the period argument of the bot's commands (DESIGN §6): <c>today</c> (the default), <c>yesterday</c>,
/// <c>7d</c>, <c>30d</c> (the last N business days, today included), <c>15m</c>, <c>60m</c> (live: the last minutes),
/// <c>YYYY-MM-DD</c> and <c>YYYY-MM-DD..YYYY-MM-DD</c>. Also reads back <see cref="ReportPeriod.Token"/>.
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

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Replace("-", string.Empty, StringComparison.Ordinal), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex("^(?<n>\\d{1,4})(?<unit>[dm])$")]
    private static partial Regex LastRegex();

    [GeneratedRegex("^(?<from>\\d{4}-?\\d{2}-?\\d{2})(?:(?:\\.\\.|-)(?<to>\\d{4}-?\\d{2}-?\\d{2}))?$")]
    private static partial Regex RangeRegex();
}
