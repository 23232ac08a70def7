using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Live;
using QaBot.Infrastructure.Telegram.Text;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>
/// The /stats reply and the daily summary's figures: one "label: value" line per KPI of DESIGN §5. Counts are for all
/// channels together; times (service level, waits, reply time, duration) are per channel, each against its own
/// threshold, because an e-mail waited on for hours says nothing about the chat queue.
/// </summary>
public static class StatsRenderer
{
    public static string Render(BotStrings s, string periodLabel, string? group, KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var totals = report.Totals;
        var trend = report.Trend;
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

        AppendFigures(text, s, report);
        if (trend.Previous.Chats > 0)
        {
            var delta = trend.Delta;
            var previous = trend.From == trend.To ? $"{trend.From:yyyy-MM-dd}" : $"{trend.From:yyyy-MM-dd}..{trend.To:yyyy-MM-dd}";
            if (trend.Until is { } until)
            {
                previous = s.Format(s.TrendUntil, previous, until.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            }

            // The trend compares totals: with several channels only the counts, as the headline does.
            var line = HasSeveralChannels(report)
                ? s.Format(s.TrendCounts, previous, Delta(s, delta.Chats), Delta(s, delta.Missed))
                : s.Format(s.Trend, previous, Delta(s, delta.Chats), Delta(s, delta.Missed), Delta(s, delta.ServiceLevel, percent: true), DeltaSeconds(s, delta.AvgWaitSeconds));
            text.Append('\n').Append(Html.Italic(line));
        }

        return text.ToString();
    }

    /// <summary>Counts for all channels, then the times of each channel against its own threshold, then the rates.</summary>
    public static void AppendFigures(StringBuilder text, BotStrings s, KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var f = report.Totals;
        Line(text, s.Chats, f.Chats.ToString(s.Culture));
        Line(text, s.Answered, f.Answered.ToString(s.Culture));
        Line(text, s.Missed, $"{f.Missed.ToString(s.Culture)} ({Percent(s, f.MissedRate)})");
        Line(text, s.ShortAbandons, f.ShortAbandons.ToString(s.Culture));
        Line(text, s.WaitingNow, f.Waiting.ToString(s.Culture));
        if (report.BusinessHoursOnly)
        {
            Line(text, s.AfterHours, f.AfterHours.ToString(s.Culture));
        }

        var channels = report.ByChannel.Where(c => c.Value.Chats > 0).ToList();
        if (channels.Count <= 1)
        {
            AppendTimes(text, s, channels.Count == 1 ? channels[0].Value : f);
        }
        else
        {
            foreach (var (channel, figures) in channels)
            {
                text.Append(Html.Bold(s.Format(s.ChannelHeader, Html.Escape(s.ChannelName(channel)), figures.Chats.ToString(s.Culture)))).Append('\n');
                AppendTimes(text, s, figures);
            }
        }

        Line(text, s.Csat, Number(s, f.CsatAvg));
        Line(text, s.Conversion, Percent(s, f.ConversionRate));
        Line(text, s.Fcr, Percent(s, f.FcrRate));
        Line(text, s.QaScore, Number(s, f.QaScoreAvg, "0"));
        if (f.ToReview > 0)
        {
            Line(text, s.ToReview, f.ToReview.ToString(s.Culture));
        }

        if (report.BusinessHoursOnly)
        {
            text.Append(Html.Italic(s.BusinessHoursMode)).Append('\n');
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
        if (live.AfterHours > 0)
        {
            Line(text, s.AfterHours, live.AfterHours.ToString(s.Culture));
        }
        Line(text, s.Format(s.ServiceLevel, Seconds(s, thresholdSeconds)), Percent(s, live.ServiceLevel));
        Line(text, s.Waits, $"{Duration(s, live.AvgWait)} / {Duration(s, live.MedianWait)} / {Duration(s, live.P90Wait)} / {Duration(s, live.MaxWait)}");
        return text.ToString();
    }

    /// <summary>Each channel of the report on its own: its counts and its times against its own threshold (the 📡 button).</summary>
    public static string RenderChannels(BotStrings s, string periodLabel, KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(s.Format(s.ChannelsTitle, Html.Escape(periodLabel))).Append('\n');
        foreach (var (channel, f) in report.ByChannel.Where(c => c.Value.Chats > 0))
        {
            text.Append('\n').Append(Html.Bold(s.Format(s.ChannelHeader, Html.Escape(s.ChannelName(channel)), f.Chats.ToString(s.Culture)))).Append('\n');
            Line(text, s.Answered, f.Answered.ToString(s.Culture));
            Line(text, s.Missed, $"{f.Missed.ToString(s.Culture)} ({Percent(s, f.MissedRate)})");
            Line(text, s.WaitingNow, f.Waiting.ToString(s.Culture));
            AppendTimes(text, s, f);
            Line(text, s.Csat, Number(s, f.CsatAvg));
            Line(text, s.QaScore, Number(s, f.QaScoreAvg, "0"));
        }

        return text.ToString();
    }

    /// <summary>"1. webchat/42 · sales · waiting 3 min · “first words”" for each chat waiting now.</summary>
    public static string RenderWaiting(BotStrings s, string periodLabel, IReadOnlyList<Core.Definitions.ChatTimeline> waiting, DateTimeOffset now)
    {
        var text = new StringBuilder(s.Format(s.WaitingTitle, Html.Escape(periodLabel))).Append('\n');
        if (waiting.Count == 0)
        {
            return text.Append(s.NoneWaiting).ToString();
        }

        for (var i = 0; i < waiting.Count; i++)
        {
            var t = waiting[i];
            text.Append(s.Format(s.WaitingLine, (i + 1).ToString(s.Culture), ChatReferences.Code(t.Chat.Key), Html.Escape(t.Chat.Group ?? s.NoGroup),
                Duration(s, t.WaitedAt(now)), Html.Excerpt(t.Chat.Messages[t.StartIndex].Text, 80))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>True when chats of more than one channel are in the report: totals of times would mix their thresholds.</summary>
    public static bool HasSeveralChannels(KpiReport report) => report.ByChannel.Count(c => c.Value.Chats > 0) > 1;

    private static void AppendTimes(StringBuilder text, BotStrings s, KpiFigures f)
    {
        Line(text, s.Format(s.ServiceLevel, Seconds(s, f.ServiceLevelThresholdSeconds)), Percent(s, f.ServiceLevel));
        Line(text, s.Waits, $"{Seconds(s, f.AvgWaitSeconds)} / {Seconds(s, f.MedianWaitSeconds)} / {Seconds(s, f.P90WaitSeconds)} / {Seconds(s, f.MaxWaitSeconds)}");
        Line(text, s.AvgReply, Seconds(s, f.AvgReplyTimeSeconds));
        Line(text, s.AvgDuration, Seconds(s, f.AvgDurationSeconds));
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(Html.Escape(label)).Append(": <b>").Append(Html.Escape(value)).Append("</b>\n");
}
