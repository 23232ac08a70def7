using System.Globalization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>Number formats of the text report: invariant culture, an em dash where there is no data.</summary>
internal static class KpiTextFormat
{
    public const string NoData = "—";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(int value) => value.ToString(Invariant);

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", Invariant) + " %" : NoData;

    public static string Number(double? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, Invariant) : NoData;

    /// <summary>Seconds under a minute with a decimal, then minutes and seconds, then hours and minutes.</summary>
    public static string Duration(double? seconds)
    {
        if (seconds is not { } s)
        {
            return NoData;
        }

        if (Math.Abs(s) < 60)
        {
            return s.ToString("0.0", Invariant) + " s";
        }

        var time = TimeSpan.FromSeconds(Math.Round(Math.Abs(s)));
        var sign = s < 0 ? "-" : string.Empty;
        return time.TotalHours >= 1
            ? string.Create(Invariant, $"{sign}{(int)time.TotalHours}h {time.Minutes:00}m")
            : string.Create(Invariant, $"{sign}{time.Minutes}m {time.Seconds:00}s");
    }

    /// <summary>↑ for a rise, ↓ for a fall, → for no change; nothing when either period had no data.</summary>
    public static string Arrow(double? delta) => delta switch
    {
        null => string.Empty,
        > 0 => "↑",
        < 0 => "↓",
        _ => "→",
    };

    public static string Change(double? delta, Func<double?, string> format) =>
        delta is { } d ? $"{Arrow(d)} {(d > 0 ? "+" : string.Empty)}{format(d)}" : string.Empty;

    public static string CountChange(int delta) => Change(delta, v => v is { } d ? Count((int)d) : NoData);

    /// <summary>A change of a rate, in percentage points.</summary>
    public static string Points(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", Invariant) + " pp" : NoData;
}
