using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Business days and hours in a DST time zone: Europe/Berlin springs forward at 02:00 on Sunday 2026-03-29.</summary>
public sealed class KpiEngineBusinessTimeTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateOnly Mar29 = new(2026, 3, 29);

    // UTC start → Berlin wall clock:
    //   03-28 22:59 → 03-28 23:59 CET   previous day: not counted
    //   03-28 23:30 → 03-29 00:30 CET   hour 0
    //   03-29 00:59 → 03-29 01:59 CET   hour 1
    //   03-29 01:00 → 03-29 03:00 CEST  hour 3 (02:xx does not exist that night)
    //   03-29 01:30 → 03-29 03:30 CEST  hour 3
    //   03-29 21:59 → 03-29 23:59 CEST  hour 23
    //   03-29 22:00 → 03-30 00:00 CEST  next day: not counted (a fixed +01:00 would wrongly put it at 23:00)
    private static List<KpiChat> Chats() =>
    [
        .. new[]
        {
            Utc(2026, 3, 28, 22, 59), Utc(2026, 3, 28, 23, 30), Utc(2026, 3, 29, 0, 59), Utc(2026, 3, 29, 1),
            Utc(2026, 3, 29, 1, 30), Utc(2026, 3, 29, 21, 59), Utc(2026, 3, 29, 22),
        }.Select((start, i) => new ChatFixture($"d{i}", start).Customer(0).Operator(10, "op-1").Kpi()),
    ];

    [Fact]
    public void Compute_BucketsChatsByBerlinWallClockHour_AcrossTheSpringForwardNight()
    {
        var report = Report(Chats(), Mar29, Mar29, Utc(2026, 4, 1), zone: Berlin);

        var expected = new int[24];
        expected[0] = 1;
        expected[1] = 1;
        expected[3] = 2;
        expected[23] = 1;
        Assert.Equal(expected, report.ByHour);
        Assert.Equal(5, report.Totals.Chats);
        Assert.Equal("Europe/Berlin", report.Timezone);
    }

    [Fact]
    public void Compute_PutsTheBusiestWeekdayHourFirst_InPeakHours()
    {
        var report = Report(Chats(), Mar29, Mar29, Utc(2026, 4, 1), zone: Berlin);

        // top 3 (default): sunday 03:00 with 2, then the one-chat hours in hour order
        Assert.Equal(
            [new PeakHour("sunday", 3, 2), new PeakHour("sunday", 0, 1), new PeakHour("sunday", 1, 1)],
            report.PeakHours.Top);
        Assert.Equal(report.ByHour, report.PeakHours.ByWeekday["sunday"]);
        Assert.All(report.PeakHours.ByWeekday.Where(d => d.Key != "sunday"), d => Assert.All(d.Value, count => Assert.Equal(0, count)));
    }

    [Fact]
    public void InputQuery_StartsAtBerlinMidnightOfThePreviousPeriod_AndReachesPastTheFcrWindow()
    {
        var engine = new KpiEngine(KpiSettings.Default);

        var query = engine.InputQuery(new KpiRequest(Mar29, Mar29, Berlin, Utc(2026, 4, 1)));

        // previous period = 03-28, midnight CET = 03-27 23:00 UTC; end = 03-30 00:00 CEST (03-29 22:00 UTC) + 7 d + 1 d
        Assert.Equal(Utc(2026, 3, 27, 23), query.From);
        Assert.Equal(Utc(2026, 4, 6, 22), query.To);
        Assert.Null(query.Group);
    }
}
