using System.Globalization;
using System.Text;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Updates;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// An alert post: one line per chat (group, how long the customer had waited, their first words, the chat id) and,
/// once known, who answered after how long or that the customer left. Kept to one Telegram message, since it is
/// edited: when the full lines would not fit, the lines get shorter (shorter quotes, then none for settled chats, then
/// only ids), never fewer, and the header counts what the message shows (still waiting, answered, missed).
/// </summary>
public static class AlertRenderer
{
    public const int MaxChatsShown = Storage.AlertStore.PostCapacity;

    /// <summary>Button rows under one post: enough for a small burst, not a wall of buttons.</summary>
    public const int MaxButtonRows = 5;

    private static readonly int[] QuoteLengths = [80, 40, 20, 0];

    public static string Render(BotStrings s, IReadOnlyList<ChatAlert> alerts, TimeSpan threshold)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        string text = string.Empty;
        foreach (var quote in QuoteLengths)
        {
            foreach (var quoteSettled in new[] { true, false })
            {
                text = Render(s, alerts, threshold, quote, quoteSettled ? quote : 0);
                if (text.Length <= HtmlMessageSplitter.TelegramLimit)
                {
                    return text;
                }
            }
        }

        return text;
    }

    private static string Render(BotStrings s, IReadOnlyList<ChatAlert> alerts, TimeSpan threshold, int quoteWaiting, int quoteSettled)
    {
        var text = new StringBuilder(Header(s, alerts, threshold)).Append('\n');
        foreach (var alert in alerts.Take(MaxChatsShown))
        {
            var quote = alert.State == AlertState.Waiting ? quoteWaiting : quoteSettled;
            text.Append("• ");
            if (alert.State == AlertState.Waiting && alert.Level < 100)
            {
                text.Append("⚠️ ").Append(alert.Level.ToString(s.Culture)).Append("% · ");
            }

            text.Append(quote > 0
                ? s.Format(s.AlertLine, Html.Bold(alert.Group ?? s.NoGroup), BotFormat.Duration(s, alert.Waited), Html.Excerpt(alert.FirstWords, quote), ChatReferences.Code(alert.Chat))
                : s.Format(s.AlertLineShort, Html.Bold(alert.Group ?? s.NoGroup), BotFormat.Duration(s, alert.Waited), ChatReferences.Code(alert.Chat)));
            var outcome = alert.State switch
            {
                AlertState.Answered => s.Format(s.AlertAnswered, Html.Escape(alert.ResolvedBy), BotFormat.Duration(s, alert.ResolvedAfter)),
                AlertState.Missed => s.Format(s.AlertMissed, BotFormat.Duration(s, alert.ResolvedAfter)),
                AlertState.Closed => s.Format(s.AlertEnded, BotFormat.Duration(s, alert.ResolvedAfter)),
                _ when alert.TakenBy is { } taker => s.Format(s.AlertTakenBy, Html.Escape(taker)),
                _ => null,
            };
            if (outcome is not null)
            {
                text.Append(quote > 0 ? "\n   " : " · ").Append(outcome);
            }

            text.Append('\n');
        }

        if (alerts.Count > MaxChatsShown)
        {
            text.Append("… +").Append(alerts.Count - MaxChatsShown).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>"25 chats waiting over 1m", or once some are settled "25 chats waited over 1m: 3 still waiting, 20 answered, 2 missed".</summary>
    private static string Header(BotStrings s, IReadOnlyList<ChatAlert> alerts, TimeSpan threshold)
    {
        var after = BotFormat.Duration(s, threshold);
        var waiting = alerts.Count(a => a.State == AlertState.Waiting);
        var warningsOnly = alerts.All(a => a.Level < 100);
        if (warningsOnly && waiting == alerts.Count)
        {
            // Before the breach: nobody has missed anything yet.
            return alerts.Count == 1 ? s.Format(s.WarningOne, after) : s.Format(s.WarningMany, alerts.Count, after);
        }

        if (alerts.Count == 1)
        {
            return warningsOnly ? s.Format(s.WarningOne, after) : s.Format(s.AlertOne, after);
        }

        if (waiting == alerts.Count)
        {
            return s.Format(s.AlertMany, alerts.Count, after);
        }

        var states = new List<string>();
        if (waiting > 0)
        {
            states.Add(s.Format(s.AlertStillWaiting, waiting));
        }

        AddCount(states, s, s.AlertCountAnswered, alerts.Count(a => a.State == AlertState.Answered));
        AddCount(states, s, s.AlertCountMissed, alerts.Count(a => a.State == AlertState.Missed));
        AddCount(states, s, s.AlertCountClosed, alerts.Count(a => a.State == AlertState.Closed));
        return s.Format(s.AlertManySettled, alerts.Count, after, string.Join(", ", states));
    }

    /// <summary>Rows of "I'll take it" / "Remind" for the post's chats still waiting (numbered when the post lists several).</summary>
    public static IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons(BotStrings s, long postId, IReadOnlyList<ChatAlert> alerts)
    {
        var rows = new List<IReadOnlyList<InlineButton>>();
        for (var i = 0; i < alerts.Count && i < MaxChatsShown && rows.Count < MaxButtonRows; i++)
        {
            if (alerts[i].State != AlertState.Waiting)
            {
                continue;
            }

            var suffix = alerts.Count == 1 ? string.Empty : $" · {i + 1}";
            var index = i.ToString(CultureInfo.InvariantCulture);
            var post = postId.ToString(CultureInfo.InvariantCulture);
            var row = new List<InlineButton>(3);
            // The chat itself, when its key fits the callback data (a live webchat or Chatwoot id always does).
            if (Commands.ChatViewCallback.DirectData(alerts[i].Chat) is { } open)
            {
                row.Add(new InlineButton($"💬{suffix.Replace(" · ", " ", StringComparison.Ordinal)}", open));
            }

            row.Add(new InlineButton(alerts[i].TakenBy is null ? s.ButtonTake + suffix : s.ButtonTaken + suffix, CallbackData.Build(AlertCallbacks.TakePrefix, post, index)));
            row.Add(new InlineButton(s.ButtonRemind + suffix, CallbackData.Build(AlertCallbacks.RemindPrefix, post, index)));
            rows.Add(row);
        }

        return rows.Count == 0 ? null : rows;
    }

    private static void AddCount(List<string> states, BotStrings s, string template, int count)
    {
        if (count > 0)
        {
            states.Add(s.Format(template, count));
        }
    }
}
