using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Text;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>/operators (leaderboard), /operator and /me (one operator's row of <c>by_operator</c>).</summary>
public static class OperatorRenderer
{
    public const int LeaderboardSize = 30;

    public static string Leaderboard(BotStrings s, string periodLabel, IReadOnlyList<OperatorKpis> operators)
    {
        var text = new StringBuilder(s.Format(s.OperatorsTitle, Html.Escape(periodLabel))).Append('\n');
        if (operators.Count == 0)
        {
            return text.Append(s.NoOperators).ToString();
        }

        text.Append(Html.Italic(s.OperatorsHeader)).Append('\n');
        var rank = 0;
        foreach (var op in Ranked(operators).Take(LeaderboardSize))
        {
            text.Append(++rank).Append(". ").Append(Html.Bold(op.Name ?? op.OperatorId)).Append(' ').Append(Html.Code(op.OperatorId))
                .Append(" — ").Append(op.Chats.ToString(s.Culture))
                .Append(" · ").Append(Seconds(s, op.AvgWaitSeconds))
                .Append(" · ").Append(Number(s, op.QaScoreAvg, "0"))
                .Append(" · ").Append(Number(s, op.CsatAvg)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The leaderboard order: most chats first, then by id.</summary>
    public static IEnumerable<OperatorKpis> Ranked(IReadOnlyList<OperatorKpis> operators) =>
        operators.OrderByDescending(o => o.Chats).ThenBy(o => o.OperatorId, StringComparer.Ordinal);

    public static string Detail(BotStrings s, string title, OperatorKpis? op)
    {
        var text = new StringBuilder(title).Append('\n');
        if (op is null || op.Chats == 0)
        {
            return text.Append(s.NoChats).ToString();
        }

        Line(text, s.Chats, op.Chats.ToString(s.Culture));
        Line(text, s.AvgWait, Seconds(s, op.AvgWaitSeconds));
        Line(text, s.AvgReply, Seconds(s, op.AvgReplyTimeSeconds));
        Line(text, s.AvgDuration, Seconds(s, op.AvgDurationSeconds));
        Line(text, s.Concurrency, $"{Number(s, op.AvgConcurrency, "0.0")} / {Number(s, op.MaxConcurrency)}");
        Line(text, s.Csat, Number(s, op.CsatAvg));
        Line(text, s.Conversion, Percent(s, op.ConversionRate));
        Line(text, s.QaScore, Number(s, op.QaScoreAvg, "0"));
        var failed = op.Checks.Where(c => c.Value.Fail > 0).OrderByDescending(c => c.Value.Fail).ToList();
        if (failed.Count > 0)
        {
            text.Append('\n').Append(Html.Escape(s.FailedChecks)).Append(":\n");
            foreach (var (check, counts) in failed)
            {
                text.Append("• ").Append(Html.Escape(s.CheckName(check))).Append(": ")
                    .Append(counts.Fail.ToString(s.Culture)).Append('/').Append((counts.Pass + counts.Fail).ToString(s.Culture)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(Html.Escape(label)).Append(": <b>").Append(Html.Escape(value)).Append("</b>\n");
}
