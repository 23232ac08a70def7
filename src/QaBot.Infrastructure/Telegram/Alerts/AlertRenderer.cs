using System.Text;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Alerts;

/// <summary>
/// An alert post: one line per chat (group, how long the customer had waited, their first words, the chat id) and,
/// once known, who answered after how long or that the customer left. Kept to one Telegram message, since it is edited.
/// </summary>
public static class AlertRenderer
{
    public const int MaxChatsShown = Storage.AlertStore.PostCapacity;

    public static string Render(BotStrings s, IReadOnlyList<ChatAlert> alerts, TimeSpan threshold)
    {
        var text = new StringBuilder(alerts.Count == 1
            ? s.Format(s.AlertOne, BotFormat.Duration(s, threshold))
            : s.Format(s.AlertMany, alerts.Count, BotFormat.Duration(s, threshold))).Append('\n');
        foreach (var alert in alerts.Take(MaxChatsShown))
        {
            text.Append("• ").Append(s.Format(s.AlertLine,
                Html.Bold(alert.Group ?? s.NoGroup),
                BotFormat.Duration(s, alert.Waited),
                Html.Excerpt(alert.FirstWords, 80),
                ChatReferences.Code(alert.Chat))).Append('\n');
            var outcome = alert.State switch
            {
                AlertState.Answered => s.Format(s.AlertAnswered, Html.Escape(alert.ResolvedBy), BotFormat.Duration(s, alert.ResolvedAfter)),
                AlertState.Missed => s.Format(s.AlertMissed, BotFormat.Duration(s, alert.ResolvedAfter)),
                AlertState.Closed => s.Format(s.AlertEnded, BotFormat.Duration(s, alert.ResolvedAfter)),
                _ => null,
            };
            if (outcome is not null)
            {
                text.Append("   ").Append(outcome).Append('\n');
            }
        }

        if (alerts.Count > MaxChatsShown)
        {
            text.Append("… +").Append(alerts.Count - MaxChatsShown).Append('\n');
        }

        return text.ToString();
    }
}
