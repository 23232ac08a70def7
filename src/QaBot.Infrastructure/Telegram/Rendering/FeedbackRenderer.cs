using System.Text;
using QaBot.Core.Feedback;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Text;
using static QaBot.Infrastructure.Telegram.Text.BotFormat;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>
/// An operator's weekly feedback (DESIGN §1): own KPIs against the team median, each failed check with how often, the
/// exact messages of one example and a tip (numbered for the "💬 n" and "⚖️ n" buttons of <see cref="Commands.DisputeCallback"/>),
/// and one chat to be proud of.
/// </summary>
public static class FeedbackRenderer
{
    public static string Render(BotStrings s, OperatorFeedback feedback)
    {
        var text = new StringBuilder(s.Format(s.FeedbackTitle, $"{feedback.From:yyyy-MM-dd}", $"{feedback.To:yyyy-MM-dd}")).Append('\n');
        var own = feedback.Own;
        text.Append(Html.Escape(s.FeedbackVsTeam)).Append('\n');
        Compare(text, s.Chats, own.Chats.ToString(s.Culture), Median(s, feedback, ["chats", "Chats"], v => Number(s, v, "0")));
        Compare(text, s.AvgWait, Seconds(s, own.AvgWaitSeconds), Median(s, feedback, ["avg_wait_s", "AvgWaitSeconds"], v => Seconds(s, v)));
        Compare(text, s.AvgReply, Seconds(s, own.AvgReplyTimeSeconds), Median(s, feedback, ["avg_reply_time_s", "AvgReplyTimeSeconds"], v => Seconds(s, v)));
        Compare(text, s.Csat, Number(s, own.CsatAvg), Median(s, feedback, ["csat_avg", "CsatAvg"], v => Number(s, v)));
        Compare(text, s.Conversion, Percent(s, own.ConversionRate), Median(s, feedback, ["conversion_rate", "ConversionRate"], v => Percent(s, v)));
        Compare(text, s.QaScore, Number(s, own.QaScoreAvg, "0"), Median(s, feedback, ["qa_score_avg", "QaScoreAvg"], v => Number(s, v, "0")));
        text.Append('\n');
        if (feedback.FailedChecks.Count == 0)
        {
            text.Append(s.FeedbackNoFailures).Append('\n');
        }
        else
        {
            text.Append("<b>").Append(Html.Escape(s.FeedbackToWorkOn)).Append("</b>\n");
            var number = 0;
            foreach (var failed in feedback.FailedChecks)
            {
                text.Append((++number).ToString(s.Culture)).Append(". <b>").Append(Html.Escape(s.CheckName(failed.Check))).Append("</b> (").Append(failed.Failures.ToString(s.Culture)).Append("×): ")
                    .Append(Html.Escape(failed.Tip)).Append('\n');
                foreach (var example in failed.ExampleMessages.Take(3))
                {
                    text.Append("   ").Append(Html.Italic(Speaker(s, example, feedback.OperatorId))).Append(": “").Append(Html.Excerpt(example.Text, 300)).Append("”\n");
                }

                text.Append("   ").Append(ChatReferences.Code(failed.ExampleChat)).Append('\n');
            }

            text.Append(Html.Italic(s.FeedbackButtonsHint)).Append('\n');
        }

        if (feedback.BestChat is { } best)
        {
            text.Append('\n').Append(s.Format(s.FeedbackProud, ChatReferences.Code(best), feedback.BestChatQaScore?.ToString(s.Culture) ?? s.NoData)).Append('\n');
        }

        return text.ToString();
    }

    private static string Speaker(BotStrings s, FeedbackQuote quote, string operatorId) => quote.From switch
    {
        Sender.Customer => s.Customer,
        Sender.Operator when quote.OperatorId is null || quote.OperatorId == operatorId => s.FeedbackYou,
        Sender.Operator => quote.OperatorName ?? quote.OperatorId!,
        Sender.Bot => s.Bot,
        _ => s.System,
    };

    /// <summary>The team median under its JSON name (avg_wait_s) or its property name (AvgWaitSeconds).</summary>
    private static string Median(BotStrings s, OperatorFeedback feedback, string[] keys, Func<double?, string> format)
    {
        foreach (var key in keys)
        {
            if (feedback.TeamMedian.TryGetValue(key, out var value))
            {
                return format(value);
            }
        }

        return s.NoData;
    }

    private static void Compare(StringBuilder text, string label, string own, string team) =>
        text.Append(Html.Escape(label)).Append(": <b>").Append(Html.Escape(own)).Append("</b> · ").Append(Html.Escape(team)).Append('\n');
}
