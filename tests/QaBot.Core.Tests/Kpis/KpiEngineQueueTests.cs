using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>Waits, percentiles, service level per channel and the answered / missed / short-abandon / waiting split.</summary>
public sealed class KpiEngineQueueTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);

    // Friday 2026-11-20, UTC business clock, evaluated at midnight after it.
    //   c1 chat   customer 09:00:00, op 09:00:10           wait 10     ≤ 20  in SL
    //   c2 chat   customer 09:10:00, op 09:10:20           wait 20     ≤ 20  in SL (T is inclusive)
    //   c3 chat   customer 09:20:00, op 09:20:30           wait 30     > 20
    //   c4 email  customer 10:00:00, op 11:00:00           wait 3600   ≤ 14400 in SL
    //   c5 email  customer 10:00:00, op 15:00:00           wait 18000  > 14400
    //   c6 chat   customer 12:00:00, ended 12:00:03        short abandon (3 s < 5 s)
    //   c7 chat   customer 13:00:00 and 13:01:00, no reply missed (ended by inactivity at 13:01:00, 60 s ≥ 5 s)
    //   c8 chat   customer 23:58:00 and 23:59:00           waiting at midnight (last message 1 min old < 30 min)
    //   c9 chat   operator only                            outbound: in no KPI
    private static readonly DateTimeOffset Now = Utc(2026, 11, 21);

    private static List<KpiChat> Queue() =>
    [
        new ChatFixture("c1", Utc(2026, 11, 20, 9)).Customer(0).Operator(10, "op-1").Kpi(),
        new ChatFixture("c2", Utc(2026, 11, 20, 9, 10)).Customer(0).Operator(20, "op-1").Kpi(),
        new ChatFixture("c3", Utc(2026, 11, 20, 9, 20)).Customer(0).Operator(30, "op-1").Kpi(),
        new ChatFixture("c4", Utc(2026, 11, 20, 10)).With(c => c with { Channel = "email" }).Customer(0).Operator(3600, "op-2").Kpi(),
        new ChatFixture("c5", Utc(2026, 11, 20, 10)).With(c => c with { Channel = "email" }).Customer(0).Operator(18000, "op-2").Kpi(),
        new ChatFixture("c6", Utc(2026, 11, 20, 12)).Customer(0).Ended(3).Kpi(),
        new ChatFixture("c7", Utc(2026, 11, 20, 13)).Customer(0).Customer(60, "Алло?").Kpi(),
        new ChatFixture("c8", Utc(2026, 11, 20, 23, 58)).Customer(0).Customer(60, "Алло?").Kpi(),
        new ChatFixture("c9", Utc(2026, 11, 20, 14)).Operator(0, "op-1", "Ваш заказ готов").Kpi(),
    ];

    [Fact]
    public void Compute_SplitsChatsIntoAnsweredMissedShortAbandonAndWaiting_WhenEvaluatedAtNow()
    {
        var report = Day(Queue(), Day20, Now);

        // c9 is outbound; c1–c8 count.
        Assert.Equal(8, report.Totals.Chats);
        Assert.Equal(5, report.Totals.Answered);
        Assert.Equal(1, report.Totals.Missed);
        Assert.Equal(1, report.Totals.ShortAbandons);
        Assert.Equal(1, report.Totals.Waiting);
        // missed ÷ (answered + missed) = 1 / 6
        Assert.Equal(1.0 / 6, report.Totals.MissedRate);
    }

    [Fact]
    public void Compute_TurnsWaitingIntoMissed_WhenNowPassesTheInactivityTimeout()
    {
        // c8's last message is at 23:59:00; at 00:29:00 it is exactly 30 min old (still open), at 00:29:01 it has ended.
        var stillOpen = Day(Queue(), Day20, Utc(2026, 11, 21, 0, 29));
        var ended = Day(Queue(), Day20, Utc(2026, 11, 21, 0, 29).AddSeconds(1));

        Assert.Equal((1, 1), (stillOpen.Totals.Waiting, stillOpen.Totals.Missed));
        Assert.Equal((0, 2), (ended.Totals.Waiting, ended.Totals.Missed));
    }

    [Fact]
    public void Compute_GivesWaitStatisticsOverAnsweredChats_WhenTheCountIsOdd()
    {
        var report = Day(Queue(), Day20, Now);

        // waits sorted: 10, 20, 30, 3600, 18000 (n = 5)
        // mean = 21660 / 5 = 4332; median = 3rd = 30; p90 = ceil(4.5) = 5th = 18000; max = 18000
        Assert.Equal(4332.0, report.Totals.AvgWaitSeconds);
        Assert.Equal(30.0, report.Totals.MedianWaitSeconds);
        Assert.Equal(18000.0, report.Totals.P90WaitSeconds);
        Assert.Equal(18000.0, report.Totals.MaxWaitSeconds);
    }

    [Fact]
    public void Compute_AveragesTheTwoMiddleWaits_WhenTheCountIsEven()
    {
        var email = Day(Queue(), Day20, Now).ByChannel["email"];

        // email waits 3600, 18000 (n = 2): median = (3600 + 18000) / 2 = 10800; p90 = ceil(1.8) = 2nd = 18000
        Assert.Equal(10800.0, email.MedianWaitSeconds);
        Assert.Equal(18000.0, email.P90WaitSeconds);
        Assert.Equal(10800.0, email.AvgWaitSeconds);
    }

    [Fact]
    public void Compute_JudgesEachChatAgainstItsOwnChannelThreshold_WhenChannelsMix()
    {
        var report = Day(Queue(), Day20, Now);

        // overall: within T = c1, c2 (chat, ≤ 20 s) + c4 (email, ≤ 14400 s) = 3; answered + missed = 5 + 1 → 3 / 6
        Assert.Equal(0.5, report.Totals.ServiceLevel);
        Assert.Equal(20.0, report.Totals.ServiceLevelThresholdSeconds);
        // chat: c1, c2 within; answered 3 + missed 1 → 2 / 4. Short abandon c6 and waiting c8 are left out.
        var chat = report.ByChannel["chat"];
        Assert.Equal((6, 3, 1, 1, 1), (chat.Chats, chat.Answered, chat.Missed, chat.ShortAbandons, chat.Waiting));
        Assert.Equal(0.5, chat.ServiceLevel);
        Assert.Equal(20.0, chat.ServiceLevelThresholdSeconds);
        // chat waits 10, 20, 30: median 20, p90 = ceil(2.7) = 3rd = 30
        Assert.Equal((20.0, 30.0), (chat.MedianWaitSeconds!.Value, chat.P90WaitSeconds!.Value));
        // email: c4 within, c5 not → 1 / 2, with email's own T
        var email = report.ByChannel["email"];
        Assert.Equal(0.5, email.ServiceLevel);
        Assert.Equal(14400.0, email.ServiceLevelThresholdSeconds);
    }

    [Fact]
    public void Compute_ReportsNullInsteadOfZero_WhenNoChatWasAnswered()
    {
        // Only c7 (missed): there is no wait, CSAT or reply time to average.
        var report = Day([.. Queue().Where(c => c.Chat.Id == "c7")], Day20, Now);

        Assert.Null(report.Totals.AvgWaitSeconds);
        Assert.Null(report.Totals.MedianWaitSeconds);
        Assert.Null(report.Totals.CsatAvg);
        Assert.Null(report.Totals.ConversionRate);
        Assert.Null(report.Totals.AvgReplyTimeSeconds);
        Assert.Equal(0.0, report.Totals.ServiceLevel);
        Assert.Equal(1.0, report.Totals.MissedRate);
    }

    [Fact]
    public void Compute_CountsNothing_WhenTheInputIsEmpty()
    {
        var report = Day([], Day20, Now);

        Assert.Equal(0, report.Totals.Chats);
        Assert.Null(report.Totals.MissedRate);
        Assert.Null(report.Totals.ServiceLevel);
        Assert.Equal(new int[24], report.ByHour);
        Assert.Empty(report.ByOperator);
    }
}
