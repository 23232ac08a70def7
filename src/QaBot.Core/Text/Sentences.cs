namespace QaBot.Core.Text;

/// <summary>
/// Splits a chat message into sentences for the checks that read a part of it: the greeting at the start of the first
/// operator message, the closing at the end of the last one, a question in the customer's last words. A sentence
/// ends at ! ? … ; a line break, the Chinese 。！？, or a full stop followed by a space ("3.5" and "shop.com" stay
/// whole), or an emoji used as a full stop: followed by a space and a capital letter ("in the app 😊 Thank you!").
/// Sentences without a letter or digit (emoji, "--") are left out. Terminators stay with their sentence.
/// </summary>
public static class Sentences
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (EmojiEndsSentence(text, i, out var afterEmoji))
            {
                Add(result, text[start..afterEmoji]);
                start = afterEmoji;
                i = afterEmoji - 1;
                continue;
            }

            var ends = c is '!' or '?' or '…' or ';' or '\n' or '。' or '！' or '？'
                || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (!ends)
            {
                continue;
            }

            // "?!", "...", "??" end one sentence together.
            while (i + 1 < text.Length && text[i + 1] is '!' or '?' or '.' or '…' or '！' or '？')
            {
                i++;
            }

            Add(result, text[start..(i + 1)]);
            start = i + 1;
        }

        Add(result, text[start..]);
        return result;
    }

    // An emoji (with its variation selectors and joiners) followed by whitespace and an upper-case letter.
    private static bool EmojiEndsSentence(string text, int i, out int end)
    {
        end = i;
        if (!IsEmojiPart(text, i) || char.IsLowSurrogate(text[i]) || text[i] is '\uFE0F' or '\u200D')
        {
            return false;
        }

        while (end < text.Length && IsEmojiPart(text, end))
        {
            end++;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]) && text[next] != '\n')
        {
            next++;
        }

        return next > end && next < text.Length && char.IsUpper(text[next]);
    }

    private static bool IsEmojiPart(string text, int i) =>
        char.IsSurrogate(text[i]) || text[i] is '\uFE0F' or '\u200D'
        || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.OtherSymbol;

    /// <summary>Whether the sentence ends with a question mark (Latin or full-width), ignoring what follows it.</summary>
    public static bool EndsWithQuestionMark(string sentence)
    {
        var trimmed = sentence.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed.TrimEnd("!.…！").EndsWithAny('?', '？');
    }

    private static bool EndsWithAny(this ReadOnlySpan<char> text, char a, char b) => text.Length > 0 && (text[^1] == a || text[^1] == b);

    private static void Add(List<string> result, string sentence)
    {
        var trimmed = sentence.Trim();
        foreach (var c in trimmed)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Add(trimmed);
                return;
            }
        }
    }
}
