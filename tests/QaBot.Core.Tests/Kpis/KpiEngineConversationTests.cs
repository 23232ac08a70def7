using QaBot.Core.Kpis;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Reply times (customer runs, bot and system messages), duration and wrap-up.</summary>
public sealed class KpiEngineConversationTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = Utc(2026, 11, 21);

    // r1, from 10:00:00 (seconds):
    //     0 customer (t0)      5 bot      15 customer (before t1: part of the wait, not a reply time)
    //    20 op-1 (t1)
    //    40 customer ─┐ run     45 bot (neither customer nor operator: the run goes on)
    //    50 customer ─┘         70 op-1  → reply 70 − 40 = 30
    //    80 op-1 (no run open)
    //   100 customer  run      110 system "note" (does not end the run)   145 op-1 → reply 145 − 100 = 45
    //   200 customer  run with no operator message after it: not counted
    //   ended 300 → duration 300 − 0 = 300; closed 360 → wrap-up 360 − 200 (last message) = 160
    // r2, from 11:00:00: 0 customer, 10 op-2 (t1), 20 customer, 30 op-2 → reply 10
    //   ended 60 → duration 60; closed 25 is before the last message → no wrap-up
    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("r1", Utc(2026, 11, 20, 10))
            .Customer(0).Bot(5).Customer(15).Operator(20, "op-1")
            .Customer(40).Bot(45).Customer(50).Operator(70, "op-1")
            .Operator(80, "op-1")
            .Customer(100).SystemEvent(110, "note").Operator(145, "op-1")
            .Customer(200)
            .Ended(300).Closed(360).Kpi(),
        new ChatFixture("r2", Utc(2026, 11, 20, 11))
            .Customer(0).Operator(10, "op-2").Customer(20).Operator(30, "op-2")
            .Ended(60).Closed(25).Kpi(),
    ];

    [Fact]
    public void Compute_AveragesEveryReplyTime_NotPerChatAverages()
    {
        var report = Day(Chats(), Day20, Now);

        // reply times 30, 45 (r1) and 10 (r2): (30 + 45 + 10) / 3 = 85 / 3; per-chat means would give 23.75
        Assert.Equal(85.0 / 3, report.Totals.AvgReplyTimeSeconds);
    }

    [Fact]
    public void Compute_AttributesReplyTimesToTheOperatorWhoEndedTheRun()
    {
        var report = Day(Chats(), Day20, Now);

        Assert.Equal(37.5, report.ByOperator.Single(o => o.OperatorId == "op-1").AvgReplyTimeSeconds); // (30 + 45) / 2
        Assert.Equal(10.0, report.ByOperator.Single(o => o.OperatorId == "op-2").AvgReplyTimeSeconds);
    }

    [Fact]
    public void Compute_MeasuresDurationFromStartToEnd_AndWrapUpOnlyWhenClosedAfterTheLastMessage()
    {
        var report = Day(Chats(), Day20, Now);

        Assert.Equal(180.0, report.Totals.AvgDurationSeconds); // (300 + 60) / 2
        Assert.Equal(160.0, report.Totals.AvgWrapUpSeconds);   // r1 only
        Assert.Equal(15.0, report.Totals.AvgWaitSeconds);      // (20 + 10) / 2: the customer message at 15 s does not restart the wait
    }
}
