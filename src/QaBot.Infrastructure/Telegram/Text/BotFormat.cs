using System.Globalization;

namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>Numbers as people read them in a chat: 83%, 1m 05s, 4.6, — for no data.</summary>
public static class BotFormat
{
    public static string Duration(BotStrings s, TimeSpan? span)
    {
        if (span is not { } value)
        {
            return s.NoData;
        }

        var total = Math.Max(0, (long)Math.Round(value.TotalSeconds));
        var (h, m, sec) = (total / 3600, total / 60 % 60, total % 60);
        return h > 0
            ? $"{h}{s.Hours} {m:00}{s.Minutes}"
            : m > 0 ? $"{m}{s.Minutes} {sec:00}{s.Seconds}" : $"{sec}{s.Seconds}";
    }

    public static string Seconds(BotStrings s, double? seconds) =>
        seconds is { } v ? Duration(s, TimeSpan.FromSeconds(v)) : s.NoData;

    public static string Percent(BotStrings s, double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.#", s.Culture) + "%" : s.NoData;

    public static string Number(BotStrings s, double? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, s.Culture) : s.NoData;

    /// <summary>A signed change: +3, −2.5%, or — without data on either side.</summary>
    public static string Delta(BotStrings s, double? value, bool percent = false)
    {
        if (value is not { } v)
        {
            return s.NoData;
        }

        var text = percent ? (Math.Abs(v) * 100).ToString("0.#", s.Culture) + " " + s.PercentagePoints : Math.Abs(v).ToString("0.#", s.Culture);
        return (v > 0 ? "+" : v < 0 ? "−" : "±") + text;
    }

    public static string DeltaSeconds(BotStrings s, double? value) =>
        value is { } v ? (v > 0 ? "+" : v < 0 ? "−" : "±") + Seconds(s, Math.Abs(v)) : s.NoData;

    public static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
