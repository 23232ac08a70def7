using System.Text;

namespace QaBot.Core.Text;

/// <summary>
/// Reads the words of a message the way a reader sees through disguised spelling, for the rude lexicon only:
/// digits and symbols standing for letters ("sh1t", "п0шёл", "бл@"), Latin letters standing for Cyrillic look-alikes
/// ("xyй", "cyka"), dots or dashes inside a word ("f.u.c.k"), a word spelled out in single letters ("б л я"), and
/// stars for hidden letters ("f*ck", "х*р": a <see cref="Wildcard"/> each). Repeated letters are kept: the lexicon
/// matches them (<see cref="RudeLexicon"/>). A plain word comes out lower-cased with ё→е and nothing else changed.
/// </summary>
internal static class DisguisedWords
{
    /// <summary>A hidden letter: one star (or #, %; @ in a Cyrillic word) inside a word.</summary>
    public const char Wildcard = '\u0001';

    private const int MinSpelledOutLetters = 3;

    /// <summary>
    /// The words as a reader sees them, in up to three readings: Latin letters inside a Cyrillic word read as look-alikes
    /// ("xyй"), the same read phonetically ("пиzдец", "еbать": b, h, n, p, r, u differ), and a Latin-only word of
    /// look-alike letters read as Cyrillic ("cyka").
    /// </summary>
    public static List<string[]> Read(string text)
    {
        var lookalike = new List<string>();
        List<string>? phonetic = null;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var raw = text.AsSpan(start, i - start);
                start = -1;
                if (Decode(raw, phoneticLatin: false, out var soundsOtherwise) is not { } word)
                {
                    continue;
                }

                if (soundsOtherwise && phonetic is null)
                {
                    phonetic = [.. lookalike];
                }

                lookalike.Add(word);
                phonetic?.Add(soundsOtherwise ? Decode(raw, phoneticLatin: true, out _)! : word);
            }
        }

        var joined = JoinSpelledOut(lookalike);
        var readings = new List<string[]>(3) { joined.ToArray() };
        if (phonetic is not null)
        {
            readings.Add([.. JoinSpelledOut(phonetic)]);
        }

        if (joined.Any(w => LatinAsCyrillic(w) is not null))
        {
            readings.Add([.. joined.Select(w => LatinAsCyrillic(w) ?? w)]);
        }

        return readings;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '*' or '@' or '$' or '!' or '#' or '%' or '.' or '-' or '_' or '\'' or '’' or '|'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>The word a raw token stands for, or null when it has fewer than one letter (numbers, "***", "...").</summary>
    /// <param name="soundsOtherwise">Whether a Latin letter in a Cyrillic word reads differently by sound (b, h, n, p, r, u).</param>
    private static string? Decode(ReadOnlySpan<char> raw, bool phoneticLatin, out bool soundsOtherwise)
    {
        soundsOtherwise = false;
        var token = raw.TrimEnd(".-_'’!#%$|").TrimStart(".-_'’!#%$|@");
        if (token.Length > 0 && token[0] == '*')
        {
            // *emphasis* or **bold**: markup, not hidden letters.
            token = token.Trim('*');
        }
        else if (token.Length >= 5 && token[^1] == '*' && token[^2] != '*')
        {
            // "Terms*": a footnote mark after a whole word.
            token = token[..^1];
        }

        var cyrillic = false;
        var letters = 0;
        var plain = true;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                cyrillic |= IsCyrillic(c);
                plain &= char.IsLower(c) && c != 'ё';
            }
            else
            {
                plain = false;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        if (plain && (!cyrillic || !token.ContainsAnyInRange('a', 'z')))
        {
            // The common case: a lower-case word in one script, nothing to decode.
            return token.ToString();
        }

        if (cyrillic)
        {
            foreach (var c in token)
            {
                soundsOtherwise |= char.ToLowerInvariant(c) is 'b' or 'h' or 'n' or 'p' or 'r' or 'u';
            }
        }

        var word = new StringBuilder(token.Length);
        var hidden = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c == '.' && i + 1 < token.Length && token[i + 1] == '.')
            {
                // "С..ка", "е..ный": dots for hidden letters (a single dot between letters only separates them).
                while (i + 1 < token.Length && token[i + 1] == '.')
                {
                    i++;
                }

                hidden++;
                word.Append(Wildcard);
                continue;
            }

            var decoded = cyrillic ? CyrillicFor(c, phoneticLatin) : LatinFor(c);
            if (decoded == Wildcard)
            {
                hidden++;
            }

            if (decoded != '\0')
            {
                word.Append(decoded);
            }
        }

        // A star is a hidden letter only in a word that keeps most of its letters ("f*ck", not "*" or "a**").
        return hidden > 0 && (letters < 2 || hidden > letters) ? null : word.ToString();
    }

    /// <summary>
    /// Lower-cased, ё→е, a Latin letter or stand-in mapped to the Cyrillic letter it shows — by look (x→х, p→р, u→и)
    /// or, with <paramref name="phonetic"/>, by sound (p→п, u→у, b→б) where the two differ; '\0' drops the character.
    /// </summary>
    private static char CyrillicFor(char c, bool phonetic) => char.ToLowerInvariant(c) switch
    {
        'b' => phonetic || c == 'B' ? (phonetic ? 'б' : 'в') : 'ь',
        'h' => phonetic ? 'х' : 'н',
        'n' => phonetic ? 'н' : 'п',
        'p' => phonetic ? 'п' : 'р',
        'r' => phonetic ? 'р' : 'г',
        'u' => phonetic ? 'у' : 'и',
        'a' => 'а',
        'c' or '$' => 'с',
        'd' => 'д',
        'e' => 'е',
        'f' => 'ф',
        'g' => 'г',
        'i' => 'и',
        'j' => 'й',
        'k' => 'к',
        'l' => 'л',
        'm' => 'м',
        'o' or '0' => 'о',
        's' => 'с',
        't' => 'т',
        'v' or 'w' => 'в',
        'x' => 'х',
        'y' => 'у',
        'z' or '3' => 'з',
        '4' => 'ч',
        '6' => 'б',
        'ё' => 'е',

        // "бл@ть", "с@ка": '@' stands for а, я or о alike.
        '*' or '#' or '%' or '@' => Wildcard,
        '.' or '-' or '_' or '\'' or '’' or '!' or '|' => '\0',
        var lower => lower,
    };

    private static char LatinFor(char c) => c switch
    {
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '4' or '@' => 'a',
        '5' or '$' => 's',
        '7' => 't',
        '8' => 'b',
        '*' or '#' or '%' => Wildcard,
        '.' or '-' or '_' or '\'' or '’' => '\0',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>"cyka" → "сука", "xep" → "хер": a Latin word made only of letters that look Cyrillic; else null.</summary>
    private static string? LatinAsCyrillic(string word)
    {
        if (word.Length < 3 || word.AsSpan().ContainsAnyExcept(LookalikeLatin))
        {
            return null;
        }

        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = w[i] switch
                {
                    'a' => 'а', 'c' => 'с', 'e' => 'е', 'k' => 'к', 'm' => 'м', 'o' => 'о', 'p' => 'р', 'x' => 'х', 'y' => 'у',
                    'u' => 'и', 'n' => 'п', 'b' => 'ь', 'r' => 'г', 't' => 'т', var other => other,
                };
            }
        });
    }

    private static readonly System.Buffers.SearchValues<char> LookalikeLatin = System.Buffers.SearchValues.Create("acekmopxyunbrt\u0001");

    /// <summary>"б л я т ь" → "блять": a run of at least three one-letter words is one spelled-out word.</summary>
    private static List<string> JoinSpelledOut(List<string> words)
    {
        var result = new List<string>(words.Count);
        var i = 0;
        while (i < words.Count)
        {
            var end = i;
            while (end < words.Count && words[end].Length == 1 && char.IsLetter(words[end][0]))
            {
                end++;
            }

            if (end - i >= MinSpelledOutLetters)
            {
                result.Add(string.Concat(words.Skip(i).Take(end - i)));
                i = end;
            }
            else
            {
                result.Add(words[i]);
                i++;
            }
        }

        return result;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
