using System.Text;
using QaBot.Core.Definitions;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>A page of missed chats (/missed and the drill-down from /stats), with ◀ ▶ buttons that edit it in place.</summary>
public static class MissedListRenderer
{
    public const string CallbackPrefix = "ms";

    public const int PageSize = 10;

    /// <summary>The chats a page shows, in its order (for its "💬 n" buttons).</summary>
    public static IReadOnlyList<Core.Transcripts.ChatKey> PageChats(IReadOnlyList<ChatTimeline> missed, int page)
    {
        if (missed.Count == 0)
        {
            return [];
        }

        page = Math.Clamp(page, 0, ((missed.Count + PageSize - 1) / PageSize) - 1);
        return [.. missed.Skip(page * PageSize).Take(PageSize).Select(t => t.Chat.Key)];
    }

    public static (string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons) Render(
        BotStrings s, ReportPeriod period, string periodLabel, string? group, IReadOnlyList<ChatTimeline> missed, int page, TimeZoneInfo zone)
    {
        var text = new StringBuilder(s.Format(s.MissedTitle, Html.Escape(periodLabel)));
        if (group is not null)
        {
            text.Append(s.Format(s.GroupSuffix, Html.Bold(group)));
        }

        text.Append('\n');
        if (missed.Count == 0)
        {
            return (text.Append(s.NoMissed).ToString(), null);
        }

        var pages = (missed.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 0, pages - 1);
        var number = 0;
        foreach (var chat in missed.Skip(page * PageSize).Take(PageSize))
        {
            var first = chat.StartIndex >= 0 ? chat.Chat.Messages[chat.StartIndex].Text : null;
            text.Append(++number).Append(". ").Append(s.Format(s.MissedLine,
                // Over several days a time alone does not say which day: "2026-11-19 14:05".
                period.Days > 1 && !period.IsLiveWindow ? BotFormat.DateTime(chat.Start!.Value, zone) : BotFormat.Time(chat.Start!.Value, zone),
                Html.Escape(chat.Chat.Group ?? s.NoGroup),
                BotFormat.Duration(s, chat.End - chat.Start),
                Html.Excerpt(first, 60),
                ChatReferences.Code(chat.Chat.Key))).Append('\n');
        }

        if (pages == 1)
        {
            return (text.ToString(), null);
        }

        text.Append(Html.Italic(s.Format(s.Page, page + 1, pages)));
        var groupToken = ChatReferences.GroupToken(group);
        var row = new List<InlineButton>();
        if (page > 0)
        {
            row.Add(new InlineButton("◀", CallbackData.Build(CallbackPrefix, period.Token, (page - 1).ToString(s.Culture), groupToken)));
        }

        if (page < pages - 1)
        {
            row.Add(new InlineButton("▶", CallbackData.Build(CallbackPrefix, period.Token, (page + 1).ToString(s.Culture), groupToken)));
        }

        return (text.ToString(), [row]);
    }
}
