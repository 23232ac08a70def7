namespace QaBot.Core.Text;

/// <summary>
/// An operator who quotes the customer ("you said "wtf" and I'd feel the same") is not rude: the rude lexicon reads the
/// message without short quoted passages (“…”, «…», "…", at most <see cref="MaxQuoteLength"/> characters).
/// </summary>
public static class QuotedText
{
    public const int MaxQuoteLength = 80;

    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = Closing(text[i]);
            var end = close == '\0' ? -1 : text.IndexOf(close, i + 1);
            if (end > i && end - i - 1 <= MaxQuoteLength)
            {
                result.Append(' ');
                i = end + 1;
                continue;
            }

            result.Append(text[i]);
            i++;
        }

        return result.ToString();
    }

    private static char Closing(char open) => open switch
    {
        '“' => '”',
        '«' => '»',
        '"' => '"',
        '„' => '“',
        _ => '\0',
    };
}
