namespace QaBot.Core.Text;

/// <summary>Typo tolerance of config/rules: Damerau–Levenshtein distance ≤ 1, decided in linear time without a matrix.</summary>
internal static class WordDistance
{
    /// <summary>Phrase words with at least this many letters also match with one typo.</summary>
    public const int MinLettersForTypo = 6;

    /// <summary>A phrase of a single word needs this many letters to match with a typo ("здраствуйте", not "looked" for "booked").</summary>
    public const int MinLettersForTypoAlone = 8;

    /// <summary>True when <paramref name="a"/> becomes <paramref name="b"/> by at most one insertion, deletion, substitution or swap of adjacent characters.</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            var shorter = a;
            a = b;
            b = shorter;
        }

        var extra = a.Length - b.Length;
        if (extra > 1)
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        if (i == b.Length)
        {
            // Equal, or a is b plus one trailing character.
            return true;
        }

        if (extra == 1)
        {
            return a[(i + 1)..].SequenceEqual(b[i..]);
        }

        return a[(i + 1)..].SequenceEqual(b[(i + 1)..])
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]));
    }

    public static int CountLetters(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters;
    }
}
