using System.Buffers;
using System.Globalization;
using System.Text;

namespace QaBot.Core.Text;

/// <summary>
/// The normalisation of DESIGN §4 and config/rules: lower-case (invariant), ё→е, every punctuation mark and symbol
/// (emoji included) folded to a space, whitespace collapsed to single spaces, trimmed. Letters, digits and combining
/// marks of any script are kept; invisible format characters (soft hyphen, zero-width joiners) are dropped.
/// One pass, no regular expressions; the ML feature code reuses it so that models and rules see the same text.
/// </summary>
public static class TextNormalizer
{
    private const int StackLimit = 256;

    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : FoldToString(text, keepStars: false, out _);

    /// <summary>Normalises and splits into words in one go; do this once per message and match every phrase list against it.</summary>
    public static NormalizedText Prepare(string? text) =>
        string.IsNullOrEmpty(text) ? NormalizedText.Empty : Prepare(text, keepStars: false);

    /// <summary>The words of the normalised text, for callers (ML features) that want strings rather than spans.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var prepared = Prepare(text);
        var words = new string[prepared.WordCount];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = prepared.Word(i).ToString();
        }

        return words;
    }

    /// <summary>Han ideographs, kana and Hangul: scripts written without spaces between words, matched as substrings.</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) // CJK Unified Ideographs
            or (>= 0x3400 and <= 0x4DBF)       // Extension A
            or (>= 0x3040 and <= 0x30FF)       // Hiragana, Katakana
            or (>= 0xAC00 and <= 0xD7AF)       // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF)       // Compatibility ideographs
            or (>= 0x20000 and <= 0x3134F);    // Extensions B–G

    public static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsCjk(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Phrase lists use the same normalisation, except that <c>*</c> survives so that a trailing star can mark a prefix word.
    /// </summary>
    internal static NormalizedText Prepare(string text, bool keepStars)
    {
        var value = FoldToString(text, keepStars, out var hasCjk);
        return new NormalizedText(text, value, FindWords(value), hasCjk);
    }

    private static string FoldToString(string text, bool keepStars, out bool hasCjk)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = Fold(text, buffer, keepStars, out hasCjk);
            var folded = buffer[..length];
            return folded.SequenceEqual(text) ? text : new string(folded);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Writes the normalised text into output (never longer than the input) and returns its length.
    private static int Fold(ReadOnlySpan<char> input, Span<char> output, bool keepStars, out bool hasCjk)
    {
        var length = 0;
        var pendingSpace = false;
        hasCjk = false;
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c < 0x80)
            {
                // ASCII fast path: the bulk of ru/en chat text outside the Cyrillic letters.
                if (char.IsAsciiLetterOrDigit(c) || (keepStars && c == '*'))
                {
                    Emit(output, ref length, ref pendingSpace, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                }
                else
                {
                    pendingSpace = true;
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                var rune = new Rune(c, input[i + 1]);
                i++;
                var category = Rune.GetUnicodeCategory(rune);
                if (IsWordCategory(category))
                {
                    hasCjk |= IsCjk(rune.Value);
                    var lower = Rune.ToLowerInvariant(rune);
                    var written = lower.EncodeToUtf16(pair);
                    Emit(output, ref length, ref pendingSpace, pair[0]);
                    if (written == 2)
                    {
                        output[length++] = pair[1];
                    }
                }
                else if (category != UnicodeCategory.Format)
                {
                    pendingSpace = true;
                }

                continue;
            }

            var charCategory = char.GetUnicodeCategory(c);
            if (IsWordCategory(charCategory))
            {
                hasCjk |= IsCjk(c);
                var lower = char.ToLowerInvariant(c);
                Emit(output, ref length, ref pendingSpace, lower == 'ё' ? 'е' : lower);
            }
            else if (charCategory != UnicodeCategory.Format)
            {
                // Punctuation, symbols, separators, controls and lone surrogates all separate words.
                pendingSpace = true;
            }
        }

        return length;
    }

    private static void Emit(Span<char> output, ref int length, ref bool pendingSpace, char c)
    {
        if (pendingSpace && length > 0)
        {
            output[length++] = ' ';
        }

        pendingSpace = false;
        output[length++] = c;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static int[] FindWords(string value)
    {
        if (value.Length == 0)
        {
            return [];
        }

        var count = value.AsSpan().Count(' ') + 1;
        var words = new int[count * 2];
        var start = 0;
        var index = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] == ' ')
            {
                words[index++] = start;
                words[index++] = i - start;
                start = i + 1;
            }
        }

        return words;
    }
}
