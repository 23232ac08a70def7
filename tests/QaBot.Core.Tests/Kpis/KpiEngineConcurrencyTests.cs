using QaBot.Core.Kpis;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Operator concurrency: time-weighted mean of open chats over the time at least one is open, and the maximum.</summary>
public sealed class KpiEngineConcurrencyTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);
    private static readonly DateTimeOffset Origin = Utc(2026, 11, 20, 10);

    // op-1's chats, seconds after 10:00:00; each counts from op-1's first message to the chat's end:
    //   a  customer 0,    op-1 60,   ended 600   → [60, 600)
    //   b  customer 100,  op-1 200,  ended 400   → [200, 400)   overlaps a
    //   c  customer 500,  op-1 600,  ended 900   → [600, 900)   starts as a ends: no overlap
    //   d  customer 1000, op-1 1100, still open  → [1100, now = 1700)
    // open chats: 60–200: 1 (140 s), 200–400: 2 (200 s), 400–900: 1 (500 s), 900–1100: 0, 1100–1700: 1 (600 s)
    // ∫ open dt = 140 + 400 + 500 + 600 = 1640; time with ≥ 1 open = 140 + 200 + 500 + 600 = 1440
    // avg = 1640 / 1440 = 41 / 36; max = 2
    // op-2 joins a at 300 → [300, 600): alone, avg 1, max 1
    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("a", Origin).Customer(0).Operator(60, "op-1").Operator(300, "op-2").Ended(600).Kpi(),
        new ChatFixture("b", Origin.AddSeconds(100)).Customer(0).Operator(100, "op-1").Ended(300).Kpi(),
        new ChatFixture("c", Origin.AddSeconds(500)).Customer(0).Operator(100, "op-1").Ended(400).Kpi(),
        new ChatFixture("d", Origin.AddSeconds(1000)).Customer(0).Operator(100, "op-1").Kpi(),
    ];

    [Fact]
    public void Compute_WeightsOpenChatsByTime_WhenAnOperatorsChatsOverlap()
    {
        var report = Day(Chats(), Day20, Origin.AddSeconds(1700));

        var op1 = report.ByOperator.Single(o => o.OperatorId == "op-1");
        Assert.Equal(1640.0 / 1440, op1.AvgConcurrency);
        Assert.Equal(2, op1.MaxConcurrency);
        var op2 = report.ByOperator.Single(o => o.OperatorId == "op-2");
        Assert.Equal((1.0, 1), (op2.AvgConcurrency!.Value, op2.MaxConcurrency!.Value));
    }

    [Fact]
    public void Compute_CountsAnOpenChatUntilNow_SoConcurrencyMovesWithNow()
    {
        // With now = 2300, d is open for 1200 s instead of 600: (1640 + 600) / (1440 + 600) = 2240 / 2040.
        var report = Day(Chats(), Day20, Origin.AddSeconds(2300));

        Assert.Equal(2240.0 / 2040, report.ByOperator.Single(o => o.OperatorId == "op-1").AvgConcurrency);
    }
}
