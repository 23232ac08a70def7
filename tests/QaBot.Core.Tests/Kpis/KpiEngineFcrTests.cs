using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>First-contact resolution: repeat contacts inside and outside the window, transfers, windows not yet passed.</summary>
public sealed class KpiEngineFcrTests
{
    private static readonly DateOnly Day2 = new(2026, 11, 2);
    private static readonly DateTimeOffset Now = Utc(2026, 11, 21);

    private static KpiChat Answered(string id, string customer, DateTimeOffset at, string source = Chat.DefaultSource) =>
        new ChatFixture(id, at).With(c => c with { Customer = new Party(customer), Source = source })
            .Customer(0).Operator(10, "op-1").Ended(600).Kpi();

    // Period 2026-11-02 (UTC), window 7 days; every chat ends 10 min after it starts.
    //   f1 u-1 ends 11-02 10:10; u-1 starts f1b on 11-05 (inside the window)    → not resolved
    //   f2 u-2 ends 11-02 11:10; u-2 starts f2b on 11-12 (10 days: outside)      → resolved
    //   f3 u-3 transferred, never comes back                                    → not resolved (stays in the denominator)
    //   f4 u-4 no repeat here; "u-4" of another source on 11-03 is someone else → resolved
    //   f5 u-5 unanswered (missed)                                              → outside the rate
    //   m  u-9 on 11-20: the newest data, so all 11-02 windows (end 11-09) have passed
    // fcr_rate = resolved (f2, f4) ÷ counted (f1, f2, f3, f4) = 2 / 4
    private static List<KpiChat> Chats() =>
    [
        Answered("f1", "u-1", Utc(2026, 11, 2, 10)),
        Answered("f1b", "u-1", Utc(2026, 11, 5, 9)),
        Answered("f2", "u-2", Utc(2026, 11, 2, 11)),
        Answered("f2b", "u-2", Utc(2026, 11, 12, 9)),
        new ChatFixture("f3", Utc(2026, 11, 2, 12)).With(c => c with { Customer = new Party("u-3") })
            .Customer(0).Operator(10, "op-1").Transfer(20, "op-2").Operator(30, "op-2").Ended(600).Kpi(),
        Answered("f4", "u-4", Utc(2026, 11, 2, 13)),
        Answered("other-u4", "u-4", Utc(2026, 11, 3, 9), source: "chatwoot"),
        new ChatFixture("f5", Utc(2026, 11, 2, 14)).With(c => c with { Customer = new Party("u-5") }).Customer(0).Customer(60, "Алло?").Kpi(),
        Answered("m", "u-9", Utc(2026, 11, 20, 9)),
    ];

    [Fact]
    public void Compute_ResolvesOnlyAnsweredUntransferredChatsWithoutARepeatInTheWindow()
    {
        var report = Day(Chats(), Day2, Now);

        Assert.Equal(5, report.Totals.Chats); // chats outside the period only serve as look-ahead
        Assert.Equal(0.5, report.Totals.FcrRate);
    }

    [Fact]
    public void Compute_CountsARepeatOnTheLastDayOfTheWindow_AndNotOneAfterIt()
    {
        // f ends 11-02 10:10. A repeat starting exactly 7 days later (11-09 10:10) is inside the window;
        // one a second later is outside. The marker m makes both windows end before the newest data.
        static List<KpiChat> WithRepeatAt(DateTimeOffset repeat) =>
            [Answered("f", "u-1", Utc(2026, 11, 2, 10)), Answered("again", "u-1", repeat), Answered("m", "u-9", Utc(2026, 11, 20, 9))];

        var inside = Day(WithRepeatAt(Utc(2026, 11, 9, 10, 10)), Day2, Now);
        var outside = Day(WithRepeatAt(Utc(2026, 11, 9, 10, 10).AddSeconds(1)), Day2, Now);

        Assert.Equal(0.0, inside.Totals.FcrRate);
        Assert.Equal(1.0, outside.Totals.FcrRate);
    }

    [Fact]
    public void Compute_LeavesFcrNull_WhenTheWindowHasNotPassedBeforeTheNewestData()
    {
        // f ends 11-02 10:10, its window ends 11-09 10:10; the newest message is m's reply at 11-09 09:50:10.
        List<KpiChat> chats = [Answered("f", "u-1", Utc(2026, 11, 2, 10)), Answered("m", "u-9", Utc(2026, 11, 9, 9, 50))];

        var report = Day(chats, Day2, Now);

        Assert.Null(report.Totals.FcrRate);
    }

    [Fact]
    public void Compute_StillSeesARepeatContactInAnotherGroup_WhenFilteredByGroup()
    {
        // f1 is in "sales"; u-1's repeat f1b is in "support" and filtered out of the counts, but it still undoes FCR.
        var chats = Chats()
            .Select(c => c.Chat.Id == "f1" ? c with { Chat = c.Chat with { Group = "sales" } } : c)
            .Select(c => c.Chat.Id == "f1b" ? c with { Chat = c.Chat with { Group = "support" } } : c)
            .ToList();

        var report = Report(chats, Day2, Day2, Now, group: "sales");

        Assert.Equal(1, report.Totals.Chats);
        Assert.Equal(0.0, report.Totals.FcrRate);
    }
}
