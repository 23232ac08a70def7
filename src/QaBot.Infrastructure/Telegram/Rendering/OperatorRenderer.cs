using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Text;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>/operators (leaderboard), /operator and /me (one operator's row of <c>by_operator</c>).</summary>
public static class OperatorRenderer
{
    /// <summary>Operators per page of the leaderboard (each with its "👤 n" button).</summary>
    public const int PageSize = 10;

    public static int Pages(IReadOnlyList<OperatorKpis> operators) => Math.Max(1, (operators.Count + PageSize - 1) / PageSize);

    /// <summary>One page of the leaderboard; ranks continue across pages (page 2 starts at 11).</summary>
    public static string Leaderboard(BotStrings s, string periodLabel, IReadOnlyList<OperatorKpis> operators, int page = 0)
    {
        var text = new StringBuilder(s.Format(s.OperatorsTitle, Html.Escape(periodLabel))).Append('\n');
        if (operators.Count == 0)
        {
            return text.Append(s.NoOperators).ToString();
        }

        text.Append(Html.Italic(s.OperatorsHeader)).Append('\n');
        page = Math.Clamp(page, 0, Pages(operators) - 1);
        var rank = page * PageSize;
        foreach (var op in Ranked(operators).Skip(page * PageSize).Take(PageSize))
        {
            text.Append(++rank).Append(". ").Append(Html.Bold(op.Name ?? op.OperatorId)).Append(' ').Append(Html.Code(op.OperatorId))
                .Append(" — ").Append(op.Chats.ToString(s.Culture))
                .Append(" · ").Append(Seconds(s, op.AvgWaitSeconds))
                .Append(" · ").Append(Number(s, op.QaScoreAvg, "0"))
                .Append(" · ").Append(Number(s, op.CsatAvg)).Append('\n');
        }

        if (Pages(operators) > 1)
        {
            text.Append(Html.Italic(s.Format(s.Page, page + 1, Pages(operators)))).Append('\n');
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
