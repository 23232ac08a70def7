using System.Text;
using QaBot.Core.Checks;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>
/// The daily summary for team chats: the day's KPIs; trend arrows against the day before and the same weekday a week
/// earlier; rude and to-review counts; the busiest operators; the three most failed checks, each with a button to its
/// chats ("fc|day|check").
/// </summary>
public static class SummaryRenderer
{
    public const string FailingCheckPrefix = "fc";

    private const int Top = 3;

    public static (string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons) Render(BotStrings s, KpiReport report, KpiReport? sameWeekdayLastWeek = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = report.From == report.To ? $"{report.From:yyyy-MM-dd}" : $"{report.From:yyyy-MM-dd}..{report.To:yyyy-MM-dd}";
        var text = new StringBuilder(s.Format(s.SummaryTitle, Html.Escape(period))).Append('\n');
        if (report.Totals.Chats == 0)
        {
            return (text.Append(s.NoChats).ToString(), null);
        }

        StatsRenderer.AppendFigures(text, s, report);
        var now = KpiHeadline.Of(report.Totals);
        // Times mix channels in the totals: with several channels the trend compares the counts only, as /stats does.
        var countsOnly = StatsRenderer.HasSeveralChannels(report);
        if (report.Trend.Previous.Chats > 0)
        {
            AppendTrend(text, s, $"{report.Trend.From:yyyy-MM-dd}", report.Trend.Delta, countsOnly);
        }

        if (sameWeekdayLastWeek is { Totals.Chats: > 0 } weekAgo)
        {
            AppendTrend(text, s, s.Format(s.SameWeekday, s.WeekdaysShort[Core.Kpis.BusinessTime.IsoWeekdayIndex(weekAgo.From.ToDateTime(TimeOnly.MinValue))], $"{weekAgo.From:yyyy-MM-dd}"),
                KpiHeadline.Delta(now, KpiHeadline.Of(weekAgo.Totals)), countsOnly);
        }

        var rude = report.Totals.Checks.TryGetValue(CheckNames.Politeness, out var politeness) ? politeness.Fail : 0;
        text.Append(s.Format(s.SummaryRudeAndReview, rude, report.Totals.ToReview)).Append('\n');
        var busiest = report.ByOperator.OrderByDescending(o => o.Chats).ThenBy(o => o.OperatorId, StringComparer.Ordinal).Take(Top).ToList();
        if (busiest.Count > 0)
        {
            text.Append(Html.Escape(s.TopOperators)).Append(": ")
                .Append(string.Join(", ", busiest.Select(o => $"{Html.Escape(o.Name ?? o.OperatorId)} ({o.Chats.ToString(s.Culture)})"))).Append('\n');
        }

        var failing = Commands.FailingCheckCallback.MostFailed(report);
        if (failing.Count == 0)
        {
            return (text.ToString(), null);
        }

        text.Append(Html.Escape(s.MostFailed)).Append(": ")
            .Append(string.Join(", ", failing.Select(c => $"{Html.Escape(s.CheckName(c.Key))} ({c.Value.Fail.ToString(s.Culture)})"))).Append('\n');
        var row = report.From == report.To ? Commands.FailingCheckCallback.Buttons(s, report, $"{report.From:yyyy-MM-dd}", string.Empty) : [];
        return (text.ToString(), row.Count == 0 ? null : [row]);
    }

    /// <summary>"chats ↑ 12 · missed ↓ 3 · SL ↑ 2 pp · avg wait ↓ 5s" against one earlier day.</summary>
    private static void AppendTrend(StringBuilder text, BotStrings s, string against, KpiHeadline delta, bool countsOnly)
    {
        var chats = Arrow(delta.Chats) + Delta(s, Math.Abs(delta.Chats)).TrimStart('+', '±');
        var missed = Arrow(delta.Missed) + Delta(s, Math.Abs(delta.Missed)).TrimStart('+', '±');
        text.Append(Html.Italic(countsOnly
            ? s.Format(s.TrendCounts, against, chats, missed)
            : s.Format(s.SummaryTrend, against, chats, missed,
                Arrow(delta.ServiceLevel) + (delta.ServiceLevel is { } sl ? Delta(s, Math.Abs(sl), percent: true).TrimStart('+', '±') : s.NoData),
                Arrow(delta.AvgWaitSeconds) + (delta.AvgWaitSeconds is { } w ? Seconds(s, Math.Abs(w)) : s.NoData)))).Append('\n');
    }

    private static string Arrow(double? delta) => delta switch
    {
        > 0 => "↑ ",
        < 0 => "↓ ",
        null => string.Empty,
        _ => "→ ",
    };
}
