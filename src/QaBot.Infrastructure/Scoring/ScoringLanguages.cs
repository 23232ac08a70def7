using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// The languages the models have lexicons for (ru, en, zh) and the cheap ways to pick one when the caller does not know:
/// from a training file's name, or from the script a message is written in.
/// </summary>
public static class ScoringLanguages
{
    public const string Russian = "ru";
    public const string English = "en";
    public const string Chinese = "zh";

    public static IReadOnlyList<string> All { get; } = [Russian, English, Chinese];

    /// <summary>"ru", "RU", "ru-RU", "zh-Hans" → the supported code; anything else → null.</summary>
    public static string? Canonical(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var span = language.AsSpan().Trim();
        var dash = span.IndexOfAny('-', '_');
        var code = dash > 0 ? span[..dash] : span;
        if (code.Equals(Russian, StringComparison.OrdinalIgnoreCase))
        {
            return Russian;
        }

        if (code.Equals(English, StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }

        return code.Equals(Chinese, StringComparison.OrdinalIgnoreCase) ? Chinese : null;
    }

    /// <summary>
    /// The language tag of a training file name, the first part after the task that names one: <c>politeness.ru.csv</c>
    /// and <c>politeness.ru.partA1.csv</c> → ru; none → null.
    /// </summary>
    public static string? FromFileName(string path)
    {
        var parts = Path.GetFileNameWithoutExtension(path).Split('.');
        return parts.Skip(1).Select(Canonical).FirstOrDefault(language => language is not null);
    }

    /// <summary>
    /// The language a text's letters point to: mostly Cyrillic → ru, any CJK → zh, mostly Latin → en, no letters → null.
    /// Used for features when the caller passes no language; far cheaper than a statistical detector and right for
    /// the three languages the lexicons cover.
    /// </summary>
    public static string? GuessFromScript(ReadOnlySpan<char> text)
    {
        var cyrillic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (TextNormalizer.IsCjk(c))
            {
                return Chinese;
            }
        }

        if (cyrillic == 0 && latin == 0)
        {
            return null;
        }

        return cyrillic >= latin ? Russian : English;
    }

    /// <summary>The caller's language when supported, else the script's guess.</summary>
    public static string? Resolve(string? language, string text) => Canonical(language) ?? GuessFromScript(text);
}
