using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Live;
using QaBot.Infrastructure.Telegram.Text;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>The /stats reply and the daily summary's figures: one "label: value" line per KPI of DESIGN §5.</summary>
public static class StatsRenderer
{
    public static string Render(BotStrings s, string periodLabel, string? group, KpiFigures totals, KpiTrend? trend)
    {
        var text = new StringBuilder();
        text.Append(s.Format(s.StatsTitle, Html.Escape(periodLabel)));
        if (group is not null)
        {
            text.Append(s.Format(s.GroupSuffix, Html.Bold(group)));
        }

        text.Append('\n');
        if (totals.Chats == 0)
        {
            return text.Append(s.NoChats).ToString();
        }

        AppendFigures(text, s, totals);
        if (trend is not null && trend.Previous.Chats > 0)
        {
            var delta = trend.Delta;
            text.Append('\n').Append(Html.Italic(s.Format(s.Trend,
                trend.From == trend.To ? $"{trend.From:yyyy-MM-dd}" : $"{trend.From:yyyy-MM-dd}..{trend.To:yyyy-MM-dd}",
                Delta(s, delta.Chats), Delta(s, delta.Missed), Delta(s, delta.ServiceLevel, percent: true), DeltaSeconds(s, delta.AvgWaitSeconds))));
        }

        return text.ToString();
    }

    public static void AppendFigures(StringBuilder text, BotStrings s, KpiFigures f)
    {
        Line(text, s.Chats, f.Chats.ToString(s.Culture));
        Line(text, s.Answered, f.Answered.ToString(s.Culture));
        Line(text, s.Missed, $"{f.Missed.ToString(s.Culture)} ({Percent(s, f.MissedRate)})");
        Line(text, s.ShortAbandons, f.ShortAbandons.ToString(s.Culture));
        Line(text, s.WaitingNow, f.Waiting.ToString(s.Culture));
        Line(text, s.Format(s.ServiceLevel, f.ServiceLevelThresholdSeconds), Percent(s, f.ServiceLevel));
        Line(text, s.Waits, $"{Seconds(s, f.AvgWaitSeconds)} / {Seconds(s, f.MedianWaitSeconds)} / {Seconds(s, f.P90WaitSeconds)} / {Seconds(s, f.MaxWaitSeconds)}");
        Line(text, s.AvgReply, Seconds(s, f.AvgReplyTimeSeconds));
        Line(text, s.AvgDuration, Seconds(s, f.AvgDurationSeconds));
        Line(text, s.Csat, Number(s, f.CsatAvg));
        Line(text, s.Conversion, Percent(s, f.ConversionRate));
        Line(text, s.Fcr, Percent(s, f.FcrRate));
        Line(text, s.QaScore, Number(s, f.QaScoreAvg, "0"));
        if (f.ToReview > 0)
        {
            Line(text, s.ToReview, f.ToReview.ToString(s.Culture));
        }
    }

    public static string RenderLive(BotStrings s, string periodLabel, string? group, LiveWindowStats live, double thresholdSeconds)
    {
        var text = new StringBuilder();
        text.Append(s.Format(s.StatsTitle, Html.Escape(periodLabel)));
        if (group is not null)
        {
            text.Append(s.Format(s.GroupSuffix, Html.Bold(group)));
        }

        text.Append('\n');
        if (live.Chats == 0)
        {
            return text.Append(s.NoChats).ToString();
        }

        var decided = live.Answered + live.Missed;
        Line(text, s.Chats, live.Chats.ToString(s.Culture));
        Line(text, s.Answered, live.Answered.ToString(s.Culture));
        Line(text, s.Missed, $"{live.Missed.ToString(s.Culture)} ({Percent(s, decided == 0 ? null : (double)live.Missed / decided)})");
        Line(text, s.ShortAbandons, live.ShortAbandons.ToString(s.Culture));
        Line(text, s.WaitingNow, live.Waiting > 0 ? $"{live.Waiting.ToString(s.Culture)} (max {Duration(s, live.LongestWaiting)})" : "0");
        Line(text, s.Format(s.ServiceLevel, thresholdSeconds), Percent(s, live.ServiceLevel));
        Line(text, s.Waits, $"{Duration(s, live.AvgWait)} / {Duration(s, live.MedianWait)} / {Duration(s, live.P90Wait)} / {Duration(s, live.MaxWait)}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(Html.Escape(label)).Append(": <b>").Append(Html.Escape(value)).Append("</b>\n");
}
