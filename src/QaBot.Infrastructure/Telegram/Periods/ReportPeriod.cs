using System.Globalization;

namespace QaBot.Infrastructure.Telegram.Periods;

/// <summary>
/// What a command reports on: business days [<see cref="From"/>, <see cref="To"/>] in the business time zone, or the
/// last <see cref="Minutes"/> minutes of live chats (<c>15m</c>, <c>60m</c>).
/// </summary>
public sealed record ReportPeriod
{
    public DateOnly From { get; private init; }

    public DateOnly To { get; private init; }

    /// <summary>Set for the live windows <c>15m</c> and <c>60m</c>; then <see cref="From"/>/<see cref="To"/> are the days it touches.</summary>
    public int? Minutes { get; private init; }

    public bool IsLiveWindow => Minutes is not null;

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>A compact form that parses back to the same period (for callback data): <c>15m</c>, <c>20261120</c>, <c>20261101-20261130</c>.</summary>
    public string Token => Minutes is { } m
        ? $"{m}m"
        : From == To ? From.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : $"{From:yyyyMMdd}-{To:yyyyMMdd}";

    /// <summary>For people: <c>2026-11-20</c>, <c>2026-11-01..2026-11-30</c>, <c>last 15 min</c> is rendered by the caller.</summary>
    public string DateLabel => From == To
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";

    public static ReportPeriod ForDays(DateOnly from, DateOnly to) =>
        from > to ? throw new ArgumentException("The period starts after it ends.", nameof(from)) : new ReportPeriod { From = from, To = to };

    public static ReportPeriod LastMinutes(int minutes, DateOnly today) =>
        new() { Minutes = minutes, From = today, To = today };

    /// <summary>The instants [start, end) the period covers.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Window(DateTimeOffset now, TimeZoneInfo zone) => Minutes is { } m
        ? (now.AddMinutes(-m), now)
        : (Core.Kpis.BusinessTime.StartOfDay(From, zone), Core.Kpis.BusinessTime.StartOfDay(To.AddDays(1), zone));
}
