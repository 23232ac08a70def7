namespace QaBot.Core.Text;

/// <summary>
/// A message text normalised once (see <see cref="TextNormalizer"/>) and split into words, so that every phrase list
/// can be matched against it without normalising or tokenising again.
/// </summary>
public sealed class NormalizedText
{
    // Start and length of word i at [2i] and [2i+1]: words are separated by exactly one space in Value.
    private readonly int[] _words;

    internal NormalizedText(string original, string value, int[] words, bool hasCjk)
    {
        Original = original;
        Value = value;
        _words = words;
        HasCjk = hasCjk;
    }

    public static NormalizedText Empty { get; } = new(string.Empty, string.Empty, [], hasCjk: false);

    /// <summary>The text as written, for symbol-only phrases ("$") and for detectors that need punctuation.</summary>
    public string Original { get; }

    /// <summary>Lower-case, ё→е, punctuation and symbols folded to single spaces, trimmed.</summary>
    public string Value { get; }

    public int WordCount => _words.Length / 2;

    /// <summary>Whether the text holds CJK characters, so CJK phrases (matched as substrings) can be skipped when it does not.</summary>
    public bool HasCjk { get; }

    public ReadOnlySpan<char> Word(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, WordCount);
        return Value.AsSpan(_words[2 * index], _words[(2 * index) + 1]);
    }

    public override string ToString() => Value;
}
