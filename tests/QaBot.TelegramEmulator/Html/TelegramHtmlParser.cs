using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace QaBot.TelegramEmulator.Html;

/// <summary>
/// Parses text sent with parse_mode=HTML the way Telegram does (the tag set and error wording of tdlib's parser),
/// so a bot that forgets to escape outside text fails in tests as it would in production. One deliberate difference:
/// a bare '&amp;' that starts no entity is refused here, where Telegram lets it through, so that unescaped text is
/// caught before it meets a '&lt;'.
/// </summary>
public static class TelegramHtmlParser
{
    private const int LongestEntityName = 10;

    private static readonly FrozenSet<string> SupportedTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "code", "pre",
        "blockquote", "tg-emoji");

    /// <summary>Returns the visible text and entities, or throws <see cref="HtmlEntityParseException"/>.</summary>
    public static FormattedText Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var entities = new List<TextEntity>();
        var open = new Stack<HtmlTag>();
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] == '&')
            {
                i = AppendCharacterReference(html, i, html.Length, text);
            }
            else if (html[i] == '<' && i + 1 < html.Length && html[i + 1] == '/')
            {
                i = CloseTag(html, i, text.Length, open, entities);
            }
            else if (html[i] == '<')
            {
                i = OpenTagAt(html, i, text.Length, open);
            }
            else
            {
                text.Append(html[i]);
                i++;
            }
        }

        if (open.TryPeek(out var unclosed))
        {
            throw new HtmlEntityParseException($"Can't find end tag corresponding to start tag \"{unclosed.Name}\"");
        }

        // Telegram's order: by offset, outer (longer) entities first; a stable sort keeps nesting order for ties.
        return new FormattedText(text.ToString(), [.. entities.OrderBy(e => e.Offset).ThenByDescending(e => e.Length)]);
    }

    private static int OpenTagAt(string html, int begin, int visibleOffset, Stack<HtmlTag> open)
    {
        var i = begin + 1;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i >= html.Length)
        {
            throw new HtmlEntityParseException($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        }

        var name = html[(begin + 1)..i].ToLowerInvariant();
        if (!SupportedTags.Contains(name))
        {
            throw new HtmlEntityParseException($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                throw new HtmlEntityParseException($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
            }

            if (html[i] == '>')
            {
                break;
            }

            var attributeStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_'))
            {
                i++;
            }

            if (i == attributeStart)
            {
                throw new HtmlEntityParseException(
                    $"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
            }

            var attributeName = html[attributeStart..i].ToLowerInvariant();
            var value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                (value, i) = ReadAttributeValue(html, i + 1, begin);
            }

            attributes[attributeName] = value;
        }

        open.Push(HtmlTag.Create(name, attributes, visibleOffset, ByteOffset(html, begin)));
        return i + 1;
    }

    private static (string Value, int Next) ReadAttributeValue(string html, int start, int tagBegin)
    {
        var i = start;
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        int valueStart;
        int valueEnd;
        int next;
        if (i < html.Length && html[i] is '"' or '\'')
        {
            valueStart = i + 1;
            valueEnd = html.IndexOf(html[i], valueStart);
            if (valueEnd < 0)
            {
                throw new HtmlEntityParseException(
                    $"Unclosed end of attribute value in the tag at byte offset {ByteOffset(html, tagBegin)}");
            }

            next = valueEnd + 1;
        }
        else
        {
            valueStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            {
                i++;
            }

            valueEnd = next = i;
        }

        var value = new StringBuilder(valueEnd - valueStart);
        for (var j = valueStart; j < valueEnd;)
        {
            if (html[j] == '&')
            {
                j = AppendCharacterReference(html, j, valueEnd, value);
            }
            else
            {
                value.Append(html[j]);
                j++;
            }
        }

        return (value.ToString(), next);
    }

    private static int CloseTag(string html, int begin, int visibleOffset, Stack<HtmlTag> open, List<TextEntity> entities)
    {
        var end = html.IndexOf('>', begin + 2);
        if (end < 0)
        {
            throw new HtmlEntityParseException($"Unclosed end tag at byte offset {ByteOffset(html, begin)}");
        }

        var name = html[(begin + 2)..end].Trim().ToLowerInvariant();
        if (!open.TryPop(out var tag))
        {
            throw new HtmlEntityParseException($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        }

        if (tag.Name != name)
        {
            throw new HtmlEntityParseException(
                $"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        }

        // <pre><code class="language-x"> is one pre entity with a language, as in Telegram.
        if (tag.Name == "code" && tag.Language is not null && open.TryPeek(out var parent) && parent.Name == "pre")
        {
            parent.Language = tag.Language;
        }
        else if (visibleOffset > tag.Start && tag.ToEntity(visibleOffset - tag.Start) is { } entity)
        {
            entities.Add(entity);
        }

        return end + 1;
    }

    /// <summary>Appends the character an entity (&amp;lt; &amp;gt; &amp;amp; &amp;quot; &amp;#NN; &amp;#xHH;) stands for.</summary>
    private static int AppendCharacterReference(string html, int ampersand, int limit, StringBuilder target)
    {
        var semicolon = html.IndexOf(';', ampersand + 1, Math.Min(LongestEntityName + 1, limit - ampersand - 1));
        if (semicolon < 0)
        {
            throw new HtmlEntityParseException(
                $"Character '&' at byte offset {ByteOffset(html, ampersand)} must be escaped as &amp;");
        }

        var name = html[(ampersand + 1)..semicolon];
        var character = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            ['#', 'x' or 'X', .. var hex] => FromCodePoint(hex, NumberStyles.AllowHexSpecifier),
            ['#', .. var digits] => FromCodePoint(digits, NumberStyles.None),
            _ => null,
        };
        if (character is null)
        {
            throw new HtmlEntityParseException(
                $"Unsupported HTML entity \"&{name};\" at byte offset {ByteOffset(html, ampersand)}");
        }

        target.Append(character);
        return semicolon + 1;
    }

    private static string? FromCodePoint(string number, NumberStyles style) =>
        int.TryParse(number, style, CultureInfo.InvariantCulture, out var codePoint)
        && codePoint is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
            ? char.ConvertFromUtf32(codePoint)
            : null;

    // Telegram reports positions in UTF-8 bytes of the text as sent.
    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));
}
