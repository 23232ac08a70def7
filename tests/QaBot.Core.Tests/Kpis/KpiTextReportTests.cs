using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

public sealed class KpiTextReportTests
{
    // previous day 11-19: one chat answered after 30 s; current day 11-20: two chats answered after 10 s each.
    private static KpiReport TwoDays() => Day(
        [
            new ChatFixture("p", Utc(2026, 11, 19, 9)).Customer(0).Operator(30, "op-1", name: "Ирина").Kpi(),
            new ChatFixture("c1", Utc(2026, 11, 20, 9)).Customer(0).Operator(10, "op-1", name: "Ирина").Kpi(),
            new ChatFixture("c2", Utc(2026, 11, 20, 10)).Customer(0).Operator(10, "op-1", name: "Ирина").Kpi(),
        ],
        new DateOnly(2026, 11, 20),
        Utc(2026, 11, 21));

    // Cells are separated by at least two spaces; labels have single spaces.
    private static string Line(string text, string label) =>
        text.Split('\n').Single(l => l.Split("  ")[0].Trim() == label);

    [Fact]
    public void Render_ShowsTrendArrows_UpForMoreDownForLessSidewaysForTheSame()
    {
        var text = KpiTextReport.Render(TwoDays());

        Assert.EndsWith("↑ +1", Line(text, "chats"), StringComparison.Ordinal);
        Assert.EndsWith("↓ -20.0 s", Line(text, "avg wait"), StringComparison.Ordinal);
        Assert.EndsWith("→ 0", Line(text, "missed"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AlignsColumns_SoValuesEndInTheSameColumn()
    {
        var text = KpiTextReport.Render(TwoDays());

        // "value" is right-aligned: the header, the chat count "2" and the rate "0.0 %" all end in one column.
        var valueEnd = Line(text, "metric").IndexOf("value", StringComparison.Ordinal) + "value".Length;
        Assert.Equal('2', Line(text, "chats")[valueEnd - 1]);
        Assert.Equal("0.0 %", Line(text, "missed rate")[(valueEnd - 5)..valueEnd]);
        Assert.Contains("Ирина (op-1)", text, StringComparison.Ordinal);
    }
}
