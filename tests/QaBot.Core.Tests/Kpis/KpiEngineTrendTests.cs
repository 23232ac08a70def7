using QaBot.Core.Kpis;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>The trend compares the period with the previous period of equal length, from the same input.</summary>
public sealed class KpiEngineTrendTests
{
    // Period 11-19..11-20 (2 days) → previous 11-17..11-18.
    //   previous: p1 (wait 10), p2 (wait 30), p3 missed                → 3 chats, SL 1/3, avg wait 20
    //   current:  c1 (wait 10), c2 (wait 14)                          → 2 chats, SL 2/2, avg wait 12
    //   11-16 is before both periods: ignored
    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("old", Utc(2026, 11, 16, 9)).Customer(0).Operator(5, "op-1").Kpi(),
        new ChatFixture("p1", Utc(2026, 11, 17, 9)).Customer(0).Operator(10, "op-1").Kpi(),
        new ChatFixture("p2", Utc(2026, 11, 18, 9)).Customer(0).Operator(30, "op-1").Kpi(),
        new ChatFixture("p3", Utc(2026, 11, 18, 10)).Customer(0).Customer(30, "Алло?").Kpi(),
        new ChatFixture("c1", Utc(2026, 11, 19, 9)).Customer(0).Operator(10, "op-1").Kpi(),
        new ChatFixture("c2", Utc(2026, 11, 20, 9)).Customer(0).Operator(14, "op-1").Kpi(),
    ];

    [Fact]
    public void Compute_ComparesWithThePreviousPeriodOfEqualLength()
    {
        var report = Report(Chats(), new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20), Utc(2026, 11, 22));

        var trend = report.Trend;
        Assert.Equal((new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 18)), (trend.From, trend.To));
        Assert.Equal((3, 1), (trend.Previous.Chats, trend.Previous.Missed));
        Assert.Equal(20.0, trend.Previous.AvgWaitSeconds);
        Assert.Equal(1.0 / 3, trend.Previous.ServiceLevel);
        Assert.Equal(-1, trend.Delta.Chats);
        Assert.Equal(12.0 - 20.0, trend.Delta.AvgWaitSeconds);
        Assert.Equal(1.0 - (1.0 / 3), trend.Delta.ServiceLevel);
        Assert.Null(trend.Delta.CsatAvg); // neither period has ratings
    }

    [Fact]
    public void Compute_ComparesARunningWeek_WithTheSameDaysAndHoursOfTheWeekBefore()
    {
        // Week Mon 11-23..Sun 11-29, now Wed 11-25 10:00. The week before counts Mon 11-16..Wed 11-18 until 10:00 only.
        var chats = new List<KpiChat>
        {
            new ChatFixture("prev-mon", Utc(2026, 11, 16, 12)).Customer(0).Operator(10, "op-1").Kpi(),
            new ChatFixture("prev-wed-early", Utc(2026, 11, 18, 9)).Customer(0).Operator(10, "op-1").Kpi(),
            new ChatFixture("prev-wed-late", Utc(2026, 11, 18, 11)).Customer(0).Operator(10, "op-1").Kpi(),
            new ChatFixture("prev-fri", Utc(2026, 11, 20, 9)).Customer(0).Operator(10, "op-1").Kpi(),
            new ChatFixture("this-mon", Utc(2026, 11, 23, 9)).Customer(0).Operator(10, "op-1").Kpi(),
        };

        var report = Report(chats, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), Utc(2026, 11, 25, 10));

        Assert.Equal(2, report.Trend.Previous.Chats);
        Assert.Equal(new DateTime(2026, 11, 18, 10, 0, 0), report.Trend.Until);
    }
}
