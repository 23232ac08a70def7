using System.Collections.Frozen;

namespace QaBot.Core.Text;

/// <summary>
/// The word phrases of a list indexed by their first word, so each word of a text costs a few hash lookups instead of
/// a comparison with every phrase: exact first words by value, <c>prefix*</c> first words by prefix, and first words
/// that tolerate a typo by their one-letter deletions (two words one edit apart always share a deletion or equal one).
/// </summary>
internal sealed class FirstWordIndex
{
    // Longer "words" (pasted hashes, base64) are only matched exactly; no phrase word is that long.
    private const int MaxTypoWordLength = 64;

    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;
    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _prefixLengths;

    // The first two letters of every prefix of two letters or more: most words start otherwise and skip the prefix
    // lookups. A shorter prefix disables the shortcut.
    private readonly FrozenSet<int> _prefixStarts;
    private readonly bool _hasShortPrefix;
    private readonly FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byTypoVariant;
    private readonly CompiledPhrase[] _typoPrefixes;

    public FirstWordIndex(IReadOnlyCollection<CompiledPhrase> phrases)
    {
        _byWord = Group(phrases.Where(p => !p.Words[0].IsPrefix), p => [p.Words[0].Text]);
        var prefixes = phrases.Where(p => p.Words[0].IsPrefix).Select(p => p.Words[0].Text).Distinct().ToArray();
        _byPrefix = Group(phrases.Where(p => p.Words[0].IsPrefix), p => [p.Words[0].Text]);
        _prefixLengths = [.. prefixes.Select(p => p.Length).Distinct().Order()];
        _prefixStarts = prefixes.Where(p => p.Length >= 2).Select(p => StartOf(p)).ToFrozenSet();
        _hasShortPrefix = prefixes.Any(p => p.Length < 2);
        _byTypoVariant = Group(phrases.Where(p => p.Words[0] is { IsPrefix: false, AllowsTypo: true }), p => DeletionVariants(p.Words[0].Text));
        _typoPrefixes = [.. phrases.Where(p => p.Words[0] is { IsPrefix: true, AllowsTypo: true })];
    }

    /// <summary>Tries every phrase whose first word can match word <paramref name="i"/>; true when the scan can stop.</summary>
    public bool ScanAt(NormalizedText text, int i, ref PhraseHits hits)
    {
        var word = text.Word(i);
        if (_byWord.TryGetValue(word, out var exact) && TryAll(exact, text, i, ref hits, checkFirst: false))
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

            if (_byPrefix.TryGetValue(word[..length], out var prefixed) && TryAll(prefixed, text, i, ref hits, checkFirst: false))
            {
                return true;
            }
        }

        return word.Length >= WordDistance.MinLettersForTypo - 1 && word.Length <= MaxTypoWordLength
            && ScanTypos(text, i, word, ref hits);
    }

    private bool ScanTypos(NormalizedText text, int i, ReadOnlySpan<char> word, ref PhraseHits hits)
    {
        if (_byTypoVariant.TryGetValue(word, out var near) && TryAll(near, text, i, ref hits, checkFirst: true))
        {
            return true;
        }

        Span<char> shorter = stackalloc char[MaxTypoWordLength];
        for (var skip = 0; skip < word.Length; skip++)
        {
            if (skip > 0 && word[skip] == word[skip - 1])
            {
                continue; // the same variant as deleting the previous letter
            }

            word[..skip].CopyTo(shorter);
            word[(skip + 1)..].CopyTo(shorter[skip..]);
            if (_byTypoVariant.TryGetValue(shorter[..(word.Length - 1)], out near) && TryAll(near, text, i, ref hits, checkFirst: true))
            {
                return true;
            }
        }

        // Few lists have long prefix words; a cheap test of the first two letters spares most full comparisons.
        foreach (var phrase in _typoPrefixes)
        {
            if (MayBeOneEditFrom(word, phrase.Words[0].Text) && phrase.Words[0].Matches(word)
                && hits.RecordIfRestMatches(phrase, text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryAll(CompiledPhrase[] candidates, NormalizedText text, int i, ref PhraseHits hits, bool checkFirst)
    {
        foreach (var phrase in candidates)
        {
            if ((!checkFirst || phrase.Words[0].Matches(text.Word(i))) && hits.RecordIfRestMatches(phrase, text, i))
            {
                return true;
            }
        }

        return false;
    }

    // Within one edit, the first letters agree, or the edit is at the start and the second letters line up.
    private static bool MayBeOneEditFrom(ReadOnlySpan<char> word, string prefix) =>
        word.Length >= prefix.Length - 1
        && (word[0] == prefix[0] || word[1] == prefix[1] || word[0] == prefix[1] || word[1] == prefix[0]);

    private static int StartOf(ReadOnlySpan<char> word) => (word[0] << 16) | word[1];

    private static IEnumerable<string> DeletionVariants(string word) =>
        Enumerable.Range(0, word.Length).Select(skip => word.Remove(skip, 1)).Prepend(word);

    private static FrozenDictionary<string, CompiledPhrase[]>.AlternateLookup<ReadOnlySpan<char>> Group(
        IEnumerable<CompiledPhrase> phrases, Func<CompiledPhrase, IEnumerable<string>> keys) =>
        phrases
            .SelectMany(p => keys(p).Select(key => (Key: key, Phrase: p)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Phrase).Distinct().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
