using System.Net;

namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>
/// Telegram HTML parse mode helpers. Every text that comes from outside (customer and operator messages, names, group
/// names, chat ids) goes through <see cref="Escape"/>; only our own tags stay unescaped.
/// </summary>
public static class Html
{
    /// <summary>Escapes the three characters Telegram's HTML parser treats specially (&lt; &gt; &amp;).</summary>
    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Bold(string? text) => $"<b>{Escape(text)}</b>";

    public static string Code(string? text) => $"<code>{Escape(text)}</code>";

    public static string Italic(string? text) => $"<i>{Escape(text)}</i>";

    /// <summary>The first words of a text, at most <paramref name="maxChars"/> characters, on one line, escaped.</summary>
    public static string Excerpt(string? text, int maxChars)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length > maxChars)
        {
            var cut = oneLine.LastIndexOf(' ', Math.Max(0, maxChars - 1));
            oneLine = oneLine[..(cut > maxChars / 2 ? cut : maxChars)];
            // Never leave half of a surrogate pair behind.
            if (char.IsHighSurrogate(oneLine[^1]))
            {
                oneLine = oneLine[..^1];
            }

            oneLine += "…";
        }

        return Escape(oneLine);
    }

    /// <summary>What a reader sees: tags removed, entities decoded (for the console sink and logs).</summary>
    public static string ToPlainText(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", string.Empty);
        return WebUtility.HtmlDecode(text);
    }
}
