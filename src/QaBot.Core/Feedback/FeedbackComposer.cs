using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Feedback;

/// <summary>
/// Builds each operator's weekly feedback (DESIGN §1, §6) from the team's KPI report for the week and the quality
/// results of the chats the operator handled: own figures vs the team median, each failed check (rudeness first) with
/// the exact messages of one example, who wrote them, and a tip, and the chat they handled best.
/// </summary>
public static class FeedbackComposer
{
    public static OperatorFeedback Compose(KpiReport week, OperatorKpis own, IReadOnlyList<(Chat Chat, ChatResult? Result)> handled)
    {
        var failed = new List<FailedCheckExample>();
        var language = handled.Select(h => h.Chat.Language).Where(l => l is not null)
            .GroupBy(l => l!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? "en";
        // Rudeness fails the whole chat (QA score 0): it comes first, then the checks in their usual order.
        foreach (var check in CheckNames.All.OrderBy(c => c == CheckNames.Politeness ? 0 : 1))
        {
            var failing = handled.Where(h => h.Result?.Checks.GetValueOrDefault(check) == CheckOutcomeNames.Fail).ToList();
            if (failing.Count == 0)
            {
                continue;
            }

            // The most recent failure is the example the operator remembers best.
            var (chat, result) = failing.OrderByDescending(f => f.Chat.Messages.Count > 0 ? f.Chat.Messages[^1].At : DateTimeOffset.MinValue).First();
            var ids = result!.Evidence.GetValueOrDefault(check) ?? [];
            var texts = chat.Messages.Where(m => ids.Contains(m.Id) && m.Text is not null)
                .Select(m => new FeedbackQuote(m.From, m.Text!, m.Operator?.Id, m.Operator?.Name)).Take(3).ToList();
            failed.Add(new FailedCheckExample(check, failing.Count, chat.Key, texts, FeedbackTips.For(check, language)));
        }

        var best = handled.Where(h => h.Result?.QaScore is not null)
            .OrderByDescending(h => h.Result!.QaScore)
            .ThenByDescending(h => h.Chat.Csat ?? 0)
            .FirstOrDefault();
        return new OperatorFeedback
        {
            OperatorId = own.OperatorId,
            OperatorName = own.Name,
            Language = language,
            From = week.From,
            To = week.To,
            Own = own,
            TeamMedian = TeamMedians(week.ByOperator),
            FailedChecks = failed,
            BestChat = best.Chat?.Key,
            BestChatQaScore = best.Result?.QaScore,
        };
    }

    /// <summary>Median of each headline figure across operators (mean of the two middle values, DESIGN §3).</summary>
    public static IReadOnlyDictionary<string, double?> TeamMedians(IReadOnlyList<OperatorKpis> operators) => new Dictionary<string, double?>(StringComparer.Ordinal)
    {
        ["chats"] = Median(operators.Select(o => (double?)o.Chats)),
        ["avg_wait_s"] = Median(operators.Select(o => o.AvgWaitSeconds)),
        ["avg_reply_time_s"] = Median(operators.Select(o => o.AvgReplyTimeSeconds)),
        ["avg_duration_s"] = Median(operators.Select(o => o.AvgDurationSeconds)),
        ["csat_avg"] = Median(operators.Select(o => o.CsatAvg)),
        ["conversion_rate"] = Median(operators.Select(o => o.ConversionRate)),
        ["qa_score_avg"] = Median(operators.Select(o => o.QaScoreAvg)),
    };

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
