using QaBot.Core.Kpis;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

public sealed class StaffingEstimatorTests
{
    // One day, hour 09: five pairs of chats, a pair every 10 min; op-1 answers both of a pair 10 s after they start,
    // each ends 190 s after its start → handle time (end − t1) = 180 s; op-1 always has the pair open together →
    // concurrency 2. One (unanswered) email chat at 09:30 is not live load.
    //   λ = 10 chats/h, A = 10 · 180 / 3600 = 0.5 Erlang
    //   N = 1: C = A = 0.5, SL = 1 − 0.5 · e^(−0.5 · 20/180) = 0.527 < 0.8
    //   N = 2: B(2) = 1/13, C = 2·(1/13) / (2 − 0.5·12/13) = 0.1, SL = 1 − 0.1 · e^(−1.5 · 20/180) = 0.915 ≥ 0.8 → 2 agents
    //   operators = ⌈2 / 2⌉ = 1
    private static List<KpiChat> Chats() =>
    [
        .. Enumerable.Range(0, 10).Select(i =>
            new ChatFixture($"s{i}", Utc(2026, 11, 20, 9, 10 * (i / 2))).Customer(0).Operator(10, "op-1").Ended(190).Kpi()),
        new ChatFixture("mail", Utc(2026, 11, 20, 9, 30)).With(c => c with { Channel = "email" }).Customer(0).Kpi(),
    ];

    [Fact]
    public void Compute_EstimatesAgentsWithErlangC_AndDividesByConcurrencyForOperators()
    {
        var report = Day(Chats(), new DateOnly(2026, 11, 20), Utc(2026, 11, 21));

        var staffing = report.Staffing;
        Assert.Equal(2.0, staffing.AvgConcurrency); // op-1 always carries a pair
        var nine = staffing.Hours[9];
        Assert.Equal(10.0, nine.ArrivalsPerHour);
        Assert.Equal(180.0, nine.AvgHandleTimeSeconds);
        Assert.Equal(0.5, nine.TrafficErlangs);
        Assert.Equal(2, nine.AgentsNeeded);
        Assert.Equal(1, nine.OperatorsNeeded);
        Assert.All(staffing.Hours.Where(h => h.Hour != 9), h => Assert.Equal(0, h.OperatorsNeeded));
    }

    [Fact]
    public void Compute_AveragesArrivalsOverTheDaysWithChats_NotOverCalendarDaysWithoutData()
    {
        // 30 days asked for, chats on only 2 of them (an import of two days): 10 chats at 09 on each → 10 per hour, not 20 / 30.
        var secondDay = Chats().Take(10).Select(c => new KpiChat(c.Chat with
        {
            Id = c.Chat.Id + "-b",
            Messages = [.. c.Chat.Messages.Select(m => m with { At = m.At.AddDays(1) })],
            EndedAt = c.Chat.EndedAt?.AddDays(1),
        }));

        var report = Report([.. Chats(), .. secondDay], new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Utc(2026, 12, 1));

        Assert.Equal(10.0, report.Staffing.Hours[9].ArrivalsPerHour);
        Assert.Equal((30, 2), (report.Staffing.Days, report.Staffing.DaysWithData));
        Assert.Equal(1, report.Staffing.Hours[9].OperatorsNeeded);
    }
}
