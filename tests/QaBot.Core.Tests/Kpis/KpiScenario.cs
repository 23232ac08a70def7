using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Runs the engine the way the CLI does, with DESIGN's default settings unless a test says otherwise.</summary>
internal static class KpiScenario
{
    public static KpiReport Report(
        IEnumerable<KpiChat> chats,
        DateOnly from,
        DateOnly to,
        DateTimeOffset now,
        KpiSettings? settings = null,
        TimeZoneInfo? zone = null,
        string? group = null,
        string? operatorId = null) =>
        new KpiEngine(settings ?? KpiSettings.Default).Compute(
            chats,
            new KpiRequest(from, to, zone ?? TimeZoneInfo.Utc, now) { Group = group, OperatorId = operatorId });

    public static KpiReport Day(IEnumerable<KpiChat> chats, DateOnly day, DateTimeOffset now, KpiSettings? settings = null) =>
        Report(chats, day, day, now, settings);

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
