using System.Collections.Frozen;

namespace QaBot.Core.Text;

/// <summary>
/// One phrase list compiled for fast matching (config/rules matching rules): consecutive words on word boundaries,
/// <c>word*</c> prefixes, one typo in words of 6+ letters, CJK phrases as substrings. Phrases are indexed by their
/// first word, so a text is scanned once with a few hash lookups per word instead of trying every phrase everywhere;
/// typo-tolerant first words are indexed by their one-letter deletions (a word one edit away from a phrase word
/// always shares one with it), so near misses are found by lookup too. Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    // Longer "words" (pasted hashes, base64) are only matched exactly; no phrase word is that long.
    private const int MaxTypoWordLength = 64;

    private readonly CompiledPhrase[] _phrases;
    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstPrefix;
    private readonly int[] _prefixLengths;

    // The first two letters of every prefix word (of two letters or more): most words start otherwise and skip the
    // prefix lookups. Prefixes shorter than that disable the shortcut.
    private readonly FrozenSet<int> _prefixStarts;
    private readonly bool _hasShortPrefix;
    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _typoFirstByVariant;
    private readonly CompiledPhrase[] _typoPrefixFirst;
    private readonly FrozenDictionary<char, CompiledPhrase[]> _substringsByFirstChar;
    private readonly CompiledPhrase[] _symbols;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var compiled = new List<CompiledPhrase>();
        foreach (var phrase in phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.Ordinal))
        {
            if (CompiledPhrase.TryCompile(compiled.Count, phrase) is { } ready)
            {
                compiled.Add(ready);
            }
        }

        _phrases = [.. compiled];

        var byWords = _phrases.Where(p => p.Words.Length > 0).ToArray();
        _byFirstWord = Group(byWords.Where(p => !p.Words[0].IsPrefix), p => p.Words[0].Text)
            .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = Group(byWords.Where(p => p.Words[0].IsPrefix), p => p.Words[0].Text);
        _byFirstPrefix = prefixes.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefixes.Keys.Select(k => k.Length).Distinct().Order()];
        _prefixStarts = prefixes.Keys.Where(k => k.Length >= 2).Select(k => StartOf(k)).ToFrozenSet();
        _hasShortPrefix = prefixes.Keys.Any(k => k.Length < 2);
        _typoFirstByVariant = byWords
            .Where(p => p.Words[0] is { IsPrefix: false, AllowsTypo: true })
            .SelectMany(p => DeletionVariants(p.Words[0].Text).Select(variant => (Variant: variant, Phrase: p)))
            .GroupBy(v => v.Variant, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(v => v.Phrase).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _typoPrefixFirst = [.. byWords.Where(p => p.Words[0] is { IsPrefix: true, AllowsTypo: true })];
        _substringsByFirstChar = _phrases
            .Where(p => p.Substring is { Length: > 0 })
            .GroupBy(p => p.Substring![0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _symbols = [.. _phrases.Where(p => p.Symbols is not null)];
    }

    public static PhraseMatcher Empty { get; } = new([]);

    /// <summary>The phrases as written in the list (blank and duplicate entries dropped).</summary>
    public IReadOnlyList<string> Phrases => [.. _phrases.Select(p => p.Original)];

    public bool IsMatch(string? text) => IsMatch(TextNormalizer.Prepare(text));

    public bool IsMatch(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _phrases.Length > 0 && Scan(text, found: null);
    }

    /// <summary>Every phrase of the list found in the text, as written in the list, in list order.</summary>
    public IReadOnlyList<string> FindAll(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_phrases.Length == 0)
        {
            return [];
        }

        var found = new bool[_phrases.Length];
        Scan(text, found);
        var result = new List<string>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                result.Add(_phrases[i].Original);
            }
        }

        return result;
    }

    // With found == null, stops at the first match; otherwise marks every phrase found.
    private bool Scan(NormalizedText text, bool[]? found)
    {
        var any = false;
        foreach (var phrase in _symbols)
        {
            if (text.Original.Contains(phrase.Symbols!, StringComparison.OrdinalIgnoreCase) && Hit(phrase, found, ref any))
            {
                return true;
            }
        }

        if (text.HasCjk && _substringsByFirstChar.Count > 0 && ScanSubstrings(text.Value, found, ref any))
        {
            return true;
        }

        for (var i = 0; i < text.WordCount; i++)
        {
            if (ScanAt(text, i, found, ref any))
            {
                return true;
            }
        }

        return any;
    }

    // CJK phrases: a plain substring search, one dictionary probe per character of the text.
    private bool ScanSubstrings(string value, bool[]? found, ref bool any)
    {
        for (var start = 0; start < value.Length; start++)
        {
            if (!_substringsByFirstChar.TryGetValue(value[start], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (value.AsSpan(start).StartsWith(phrase.Substring) && Hit(phrase, found, ref any))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Tries every phrase whose first word can match word i. Returns true to stop the scan.
    private bool ScanAt(NormalizedText text, int i, bool[]? found, ref bool any)
    {
        var word = text.Word(i);
        if (_byFirstWord.TryGetValue(word, out var exact) && TryAll(exact, text, i, found, ref any, checkFirst: false))
        {
            return true;
        }

        var mayStartAPrefix = _hasShortPrefix || (word.Length >= 2 && _prefixStarts.Contains(StartOf(word)));
        foreach (var length in mayStartAPrefix ? _prefixLengths : [])
        {
            if (length > word.Length)
            {
                break;
            }

            if (_byFirstPrefix.TryGetValue(word[..length], out var prefixed)
                && TryAll(prefixed, text, i, found, ref any, checkFirst: false))
            {
                return true;
            }
        }

        if (word.Length < WordDistance.MinLettersForTypo - 1 || word.Length > MaxTypoWordLength)
        {
            return false;
        }

        // One edit away ⇔ the word, or the word less one letter, equals the phrase word or one of its deletions.
        if (_typoFirstByVariant.TryGetValue(word, out var near) && TryAll(near, text, i, found, ref any, checkFirst: true))
        {
            return true;
        }

        Span<char> shorter = stackalloc char[MaxTypoWordLength];
        for (var skip = 0; skip < word.Length; skip++)
        {
            if (skip > 0 && word[skip] == word[skip - 1])
            {
                continue; // same variant as deleting the previous letter
            }

            word[..skip].CopyTo(shorter);
            word[(skip + 1)..].CopyTo(shorter[skip..]);
            if (_typoFirstByVariant.TryGetValue(shorter[..(word.Length - 1)], out near)
                && TryAll(near, text, i, found, ref any, checkFirst: true))
            {
                return true;
            }
        }

        foreach (var phrase in _typoPrefixFirst)
        {
            if (MayBeOneEditFrom(word, phrase.Words[0].Text) && TryOne(phrase, text, i, found, ref any))
            {
                return true;
            }
        }

        return false;
    }

    // One edit at most means the first letters agree, or the edit is at the start and the second letters line up.
    private static bool MayBeOneEditFrom(ReadOnlySpan<char> word, string prefix) =>
        word.Length >= prefix.Length - 1
        && (word[0] == prefix[0] || word[1] == prefix[1] || word[0] == prefix[1] || word[1] == prefix[0]);

    private static bool TryOne(CompiledPhrase phrase, NormalizedText text, int i, bool[]? found, ref bool any) =>
        phrase.Words[0].Matches(text.Word(i)) && phrase.RestMatchesAfter(text, i) && Hit(phrase, found, ref any);

    private static int StartOf(ReadOnlySpan<char> word) => (word[0] << 16) | word[1];

    private static IEnumerable<string> DeletionVariants(string word) =>
        Enumerable.Range(0, word.Length).Select(skip => word.Remove(skip, 1)).Prepend(word).Distinct(StringComparer.Ordinal);

    private static bool TryAll(CompiledPhrase[] candidates, NormalizedText text, int i, bool[]? found, ref bool any, bool checkFirst)
    {
        foreach (var phrase in candidates)
        {
            if ((!checkFirst || phrase.Words[0].Matches(text.Word(i)))
                && phrase.RestMatchesAfter(text, i)
                && Hit(phrase, found, ref any))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Hit(CompiledPhrase phrase, bool[]? found, ref bool any)
    {
        any = true;
        if (found is null)
        {
            return true;
        }

        found[phrase.Index] = true;
        return false;
    }

    private static Dictionary<string, CompiledPhrase[]> Group(IEnumerable<CompiledPhrase> phrases, Func<CompiledPhrase, string> key) =>
        phrases.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
