using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>The daily summary for team chats: the day's KPIs, the trend, the busiest operators and the most failed checks.</summary>
public static class SummaryRenderer
{
    private const int Top = 3;

    public static string Render(BotStrings s, KpiReport report)
    {
        var period = report.From == report.To ? $"{report.From:yyyy-MM-dd}" : $"{report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd}";
        var text = new StringBuilder(s.Format(s.SummaryTitle, Html.Escape(period))).Append('\n');
        if (report.Totals.Chats == 0)
        {
            return text.Append(s.NoChats).ToString();
        }

        StatsRenderer.AppendFigures(text, s, report);
        var busiest = report.ByOperator.OrderByDescending(o => o.Chats).ThenBy(o => o.OperatorId, StringComparer.Ordinal).Take(Top).ToList();
        if (busiest.Count > 0)
        {
            text.Append('\n').Append(Html.Escape(s.TopOperators)).Append(": ")
                .Append(string.Join(", ", busiest.Select(o => $"{Html.Escape(o.Name ?? o.OperatorId)} ({o.Chats.ToString(s.Culture)})"))).Append('\n');
        }

        var failing = report.Totals.Checks.Where(c => c.Value.Fail > 0).OrderByDescending(c => c.Value.Fail).Take(Top).ToList();
        if (failing.Count > 0)
        {
            text.Append(Html.Escape(s.MostFailed)).Append(": ")
                .Append(string.Join(", ", failing.Select(c => $"{Html.Escape(s.CheckName(c.Key))} ({c.Value.Fail.ToString(s.Culture)})"))).Append('\n');
        }

        return text.ToString();
    }
}
