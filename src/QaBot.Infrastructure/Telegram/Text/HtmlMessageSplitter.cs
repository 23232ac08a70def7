using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>
/// Splits a long HTML reply into messages under Telegram's 4,096-character limit, on line boundaries. Tags open at a
/// cut are closed at the end of one part and reopened at the start of the next, so every part parses on its own.
/// The limit is applied to the raw HTML, which is never shorter than what Telegram counts (the text after parsing).
/// </summary>
public static partial class HtmlMessageSplitter
{
    public const int TelegramLimit = 4096;

    public static IReadOnlyList<string> Split(string html, int limit = TelegramLimit)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 200);
        if (html.Length <= limit)
        {
            return [html];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        var open = new List<string>(); // tags open at the end of `current`, outermost first
        var hasContent = false;
        foreach (var (piece, newLine) in Pieces(html, limit / 2))
        {
            var separator = hasContent && newLine ? 1 : 0;
            if (hasContent && current.Length + separator + piece.Length + ClosingLength(open, piece) > limit)
            {
                parts.Add(current.Append(Closing(open)).ToString());
                current.Clear().Append(string.Concat(open));
                hasContent = false;
                separator = 0;
            }

            if (separator == 1)
            {
                current.Append('\n');
            }

            current.Append(piece);
            hasContent |= piece.Length > 0;
            Track(open, piece);
        }

        if (hasContent)
        {
            parts.Add(current.Append(Closing(open)).ToString());
        }

        return parts;
    }

    /// <summary>The lines of the text; a line longer than the budget comes in several pieces, joined without a new line.</summary>
    private static IEnumerable<(string Piece, bool NewLine)> Pieces(string html, int budget)
    {
        foreach (var line in html.Split('\n'))
        {
            var rest = line;
            var newLine = true;
            while (rest.Length > budget)
            {
                var cut = SafeCut(rest, budget);
                yield return (rest[..cut], newLine);
                rest = rest[cut..];
                newLine = false;
            }

            yield return (rest, newLine);
        }
    }

    /// <summary>Closing tags needed after a line, measured generously (the line may open more tags).</summary>
    private static int ClosingLength(List<string> open, string line) => Closing(open).Length + (TagRegex().Count(line) * 8);

    private static string Closing(List<string> open) =>
        string.Concat(Enumerable.Reverse(open).Select(t => $"</{TagName(t)}>"));

    private static void Track(List<string> open, string line)
    {
        foreach (Match tag in TagRegex().Matches(line))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                var index = open.FindLastIndex(t => TagName(t) == name);
                if (index >= 0)
                {
                    open.RemoveAt(index);
                }
            }
            else
            {
                open.Add(tag.Value);
            }
        }
    }

    private static string TagName(string openingTag) => TagRegex().Match(openingTag).Groups["name"].Value.ToLowerInvariant();

    private static int SafeCut(string text, int budget)
    {
        var cut = budget;
        var lastSpace = text.LastIndexOf(' ', budget - 1, budget / 4);
        if (lastSpace > 0)
        {
            cut = lastSpace + 1;
        }

        var lt = text.LastIndexOf('<', cut - 1);
        if (lt >= 0 && text.IndexOf('>', lt) >= cut)
        {
            cut = lt;
        }

        var amp = text.LastIndexOf('&', cut - 1);
        if (amp >= 0 && text.IndexOf(';', amp) >= cut && cut - amp < 10)
        {
            cut = amp;
        }

        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return Math.Max(1, cut);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z-]+)(?:\\s[^>]*)?>")]
    private static partial Regex TagRegex();
}
