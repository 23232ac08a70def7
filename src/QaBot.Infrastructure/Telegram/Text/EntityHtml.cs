using System.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>
/// A received message's text and entities back as Telegram HTML, so that editing a message the bot sent (a verdict
/// appended under an alert) keeps its bold, italics, code and links. Offsets are UTF-16 code units, as C# strings are.
/// Entities without an HTML tag (mentions, hashtags, commands, URLs Telegram links by itself) stay plain text.
/// </summary>
public static class EntityHtml
{
    public static string From(string? text, IReadOnlyList<MessageEntity>? entities)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var tagged = (entities ?? []).Where(e => Tags(e) is not null && e.Offset >= 0 && e.Length > 0 && e.Offset + e.Length <= text.Length).ToList();
        if (tagged.Count == 0)
        {
            return Html.Escape(text);
        }

        // Opening tags by position (outer first: longer first), closing tags by position (inner first: later-opened first).
        var opens = tagged.Select((e, i) => (Entity: e, Order: i)).OrderBy(x => x.Entity.Offset).ThenByDescending(x => x.Entity.Length).ThenBy(x => x.Order).ToList();
        var html = new StringBuilder(text.Length + (tagged.Count * 16));
        var open = new List<MessageEntity>();
        var next = 0;
        for (var position = 0; position <= text.Length; position++)
        {
            // Close what ends here, innermost first.
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Offset + open[i].Length == position)
                {
                    html.Append(Tags(open[i])!.Value.Close);
                    open.RemoveAt(i);
                }
            }

            while (next < opens.Count && opens[next].Entity.Offset == position)
            {
                var entity = opens[next++].Entity;
                html.Append(Tags(entity)!.Value.Open);
                open.Add(entity);
            }

            if (position < text.Length)
            {
                html.Append(text[position] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    var c => c.ToString(),
                });
            }
        }

        return html.ToString();
    }

    private static (string Open, string Close)? Tags(MessageEntity entity) => entity.Type switch
    {
        MessageEntityType.Bold => ("<b>", "</b>"),
        MessageEntityType.Italic => ("<i>", "</i>"),
        MessageEntityType.Underline => ("<u>", "</u>"),
        MessageEntityType.Strikethrough => ("<s>", "</s>"),
        MessageEntityType.Spoiler => ("<tg-spoiler>", "</tg-spoiler>"),
        MessageEntityType.Code => ("<code>", "</code>"),
        MessageEntityType.Pre => ("<pre>", "</pre>"),
        MessageEntityType.Blockquote or MessageEntityType.ExpandableBlockquote => ("<blockquote>", "</blockquote>"),
        MessageEntityType.TextLink when entity.Url is { } url => ($"<a href=\"{Html.Escape(url).Replace("\"", "&quot;", StringComparison.Ordinal)}\">", "</a>"),
        _ => null,
    };
}
