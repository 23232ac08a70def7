using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

/// <summary>
/// Operator attribution (wait → t1 operator; CSAT, conversion → last operator who wrote; handled = wrote in it) and
/// the CSAT, conversion and QA figures.
/// </summary>
public sealed class KpiEngineAttributionTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);
    private static readonly DateTimeOffset Now = Utc(2026, 11, 21);

    // a1 10:00  customer 0, op-1 "Ирина" 10 (t1), transfer → op-2 at 20, op-2 "Олег" 30, customer 40, op-2 50
    //           csat 5, converted, sales intent, QA 80, greeting pass, closing fail              last writer: op-2
    // a2 11:00  customer 0, op-2 30 (t1), customer 40, op-1 "Ирина" 70
    //           csat 2, not converted, sales intent, QA 60, greeting fail                        last writer: op-1
    // a3 12:00  customer 0, op-1 "Ирина К." 5 (t1); no csat, converted, QA 100                  last writer: op-1
    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("a1", Utc(2026, 11, 20, 10)).With(c => c with { Csat = 5, Converted = true })
            .Customer(0).Operator(10, "op-1", name: "Ирина").Transfer(20, "op-2")
            .Operator(30, "op-2", name: "Олег").Customer(40).Operator(50, "op-2", name: "Олег")
            .Scored(80, new Dictionary<string, string> { ["greeting"] = "pass", ["closing"] = "fail", ["politeness"] = "n/a" }, salesIntent: true)
            .Kpi(),
        new ChatFixture("a2", Utc(2026, 11, 20, 11)).With(c => c with { Csat = 2, Converted = false })
            .Customer(0).Operator(30, "op-2", name: "Олег").Customer(40).Operator(70, "op-1", name: "Ирина")
            .Scored(60, new Dictionary<string, string> { ["greeting"] = "fail" }, salesIntent: true)
            .Kpi(),
        new ChatFixture("a3", Utc(2026, 11, 20, 12)).With(c => c with { Converted = true })
            .Customer(0).Operator(5, "op-1", name: "Ирина К.")
            .Scored(100)
            .Kpi(),
    ];

    [Fact]
    public void Compute_AttributesWaitToTheFirstResponder_AndCsatAndConversionToTheLastWriter()
    {
        var report = Day(Chats(), Day20, Now);

        var op1 = report.ByOperator.Single(o => o.OperatorId == "op-1");
        Assert.Equal(3, op1.Chats);                 // wrote in a1, a2, a3
        Assert.Equal(7.5, op1.AvgWaitSeconds);      // t1 of a1 (10) and a3 (5)
        Assert.Equal(2.0, op1.CsatAvg);             // last writer of a2 (2) and a3 (unrated)
        Assert.Equal(0.5, op1.ConversionRate);      // a2 no, a3 yes
        Assert.Equal(80.0, op1.QaScoreAvg);         // handled a1 80, a2 60, a3 100
        Assert.Equal("Ирина К.", op1.Name);         // the newest name wins

        var op2 = report.ByOperator.Single(o => o.OperatorId == "op-2");
        Assert.Equal(2, op2.Chats);                 // a1, a2
        Assert.Equal(30.0, op2.AvgWaitSeconds);     // t1 of a2
        Assert.Equal(5.0, op2.CsatAvg);             // last writer of a1
        Assert.Equal(1.0, op2.ConversionRate);
        Assert.Equal(70.0, op2.QaScoreAvg);         // (80 + 60) / 2
        Assert.Equal(new CheckCounts(1, 1), op2.Checks["greeting"]);
        Assert.Equal(new CheckCounts(0, 1), op2.Checks["closing"]);
    }

    [Fact]
    public void Compute_ListsOperatorsBusiestFirst()
    {
        var report = Day(Chats(), Day20, Now);

        Assert.Equal(["op-1", "op-2"], report.ByOperator.Select(o => o.OperatorId));
    }

    [Fact]
    public void Compute_GivesCsatConversionAndQaOverTheAnsweredChats()
    {
        var t = Day(Chats(), Day20, Now).Totals;

        Assert.Equal(3.5, t.CsatAvg);                // (5 + 2) / 2 rated
        Assert.Equal(0.5, t.CsatSatisfiedRate);      // 5 ≥ 4, 2 < 4
        Assert.Equal(2.0 / 3, t.CsatResponseRate);   // 2 rated ÷ 3 answered
        Assert.Equal(2.0 / 3, t.ConversionRate);     // a1, a3 ÷ 3 answered
        Assert.Equal(0.5, t.SalesConversionRate);    // a1 converted of a1, a2 with sales intent
        Assert.Equal(80.0, t.QaScoreAvg);            // (80 + 60 + 100) / 3
        Assert.Equal(new CheckCounts(1, 1), t.Checks["greeting"]);
        Assert.Equal(new CheckCounts(0, 1), t.Checks["closing"]);
        Assert.False(t.Checks.ContainsKey("politeness")); // only n/a results: nothing to count
    }

    [Fact]
    public void Compute_KeepsOnlyTheChatsAnOperatorHandled_WhenFilteredByOperator()
    {
        var report = Report(Chats(), Day20, Day20, Now, operatorId: "op-2");

        Assert.Equal(2, report.Totals.Chats);                   // a1, a2
        Assert.Equal(20.0, report.Totals.AvgWaitSeconds);       // the chats' waits 10 and 30, whoever answered
        var only = Assert.Single(report.ByOperator);
        Assert.Equal("op-2", only.OperatorId);
    }
}
