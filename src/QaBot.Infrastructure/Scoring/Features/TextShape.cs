namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// Surface signals of tone that survive any language: shouting in capitals, stacked punctuation, emoji.
/// All values are scaled to 0–1 so they sit beside the binary cues without dominating the linear model. Message
/// length is left out: on the Stanford requests it made the model worse (our rude and polite templates differ in length).
/// </summary>
internal static class TextShape
{
    public const int Count = 8;

    // Emoji and smileys that operators use to soften a message, and those that mock or dismiss the customer.
    private static readonly string[] WarmSigns = Split("🙂😊😉👍🙏🤗❤✅😀😃😄🌸👌💐🌟", ":)", ":-)", ";)", "=)");
    private static readonly string[] ColdSigns = Split("🙄🤡😒🤷😤😡🤦🙃💩😑😠🖕", ":/", "-_-");

    public static void Compute(string text, Span<float> features)
    {
        var exclamations = 0;
        var questions = 0;
        var stacked = false;
        var capitalWords = 0;
        var longWords = 0;
        var wordLetters = 0;
        var wordUpper = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                wordLetters++;
                wordUpper += char.IsUpper(c) ? 1 : 0;
                continue;
            }

            CloseWord(ref wordLetters, ref wordUpper, ref longWords, ref capitalWords);
            exclamations += c is '!' or '！' ? 1 : 0;
            questions += c is '?' or '？' ? 1 : 0;
            stacked |= c is '!' or '?' && i + 1 < text.Length && text[i + 1] is '!' or '?';
        }

        CloseWord(ref wordLetters, ref wordUpper, ref longWords, ref capitalWords);
        features[0] = longWords == 0 ? 0f : (float)capitalWords / longWords;
        features[1] = capitalWords >= 2 ? 1f : 0f;
        features[2] = Math.Min(exclamations, 5) / 5f;
        features[3] = Math.Min(questions, 5) / 5f;
        features[4] = stacked ? 1f : 0f;
        features[5] = text.Contains("...", StringComparison.Ordinal) || text.Contains('…') ? 1f : 0f;
        features[6] = ContainsAny(text, WarmSigns) || IsRussianSmiley(text) ? 1f : 0f;
        features[7] = ContainsAny(text, ColdSigns) ? 1f : 0f;
    }

    // A word of 3+ letters all in capitals is shouting; "I", "OK", "ID" are not.
    private static void CloseWord(ref int wordLetters, ref int wordUpper, ref int longWords, ref int capitalWords)
    {
        if (wordLetters >= 3)
        {
            longWords++;
            capitalWords += wordUpper == wordLetters ? 1 : 0;
        }

        wordLetters = 0;
        wordUpper = 0;
    }

    private static bool ContainsAny(string text, string[] signs)
    {
        foreach (var sign in signs)
        {
            if (text.Contains(sign, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Спасибо)" — a closing bracket with no opening one is the Russian chat smiley.
    private static bool IsRussianSmiley(string text) => text.TrimEnd().EndsWith(')') && !text.Contains('(', StringComparison.Ordinal);

    private static string[] Split(string emoji, params string[] smileys) =>
        [.. emoji.EnumerateRunes().Select(r => r.ToString()), .. smileys];
}
