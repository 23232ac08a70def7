using System.Collections.Frozen;

namespace QaBot.Core.Text;

/// <summary>
/// One phrase list compiled for fast matching (config/rules matching rules): consecutive words on word boundaries,
/// <c>word*</c> prefixes, one typo in words of 6+ letters (8+ when the phrase is that one word), CJK phrases as substrings. Word phrases are indexed by
/// their first word (<see cref="FirstWordIndex"/>), CJK phrases by their first character, so a text is scanned once
/// whatever the length of the list. Immutable and thread-safe.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly CompiledPhrase[] _phrases;
    private readonly FirstWordIndex _firstWords;
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
        _firstWords = new FirstWordIndex([.. _phrases.Where(p => p.Words.Length > 0)]);
        _substringsByFirstChar = _phrases
            .Where(p => p.Substring is { Length: > 0 })
            .GroupBy(p => p.Substring![0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _symbols = [.. _phrases.Where(p => p.Symbols is not null)];
    }

    public static PhraseMatcher Empty { get; } = new([]);

    // A Chinese word is one to three characters; "at the start" of a sentence is its first few of them.
    private const int CjkCharsPerWord = 3;

    /// <summary>The phrases as written in the list (blank and duplicate entries dropped).</summary>
    public IReadOnlyList<string> Phrases => [.. _phrases.Select(p => p.Original)];

    public bool IsMatch(string? text) => IsMatch(TextNormalizer.Prepare(text));

    /// <summary>Whether any phrase of the list occurs in the text; stops at the first one found.</summary>
    public bool IsMatch(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_phrases.Length == 0)
        {
            return false;
        }

        var hits = new PhraseHits(found: null);
        Scan(text, ref hits);
        return hits.Any;
    }

    /// <summary>
    /// Whether a phrase of the list starts at one of the first <paramref name="startWords"/> words of the text (or, for
    /// phrases written without spaces, within its first few characters): "how do I pay" asks, "that's how it works" does not.
    /// </summary>
    public bool IsMatchAtStart(NormalizedText text, int startWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_phrases.Length == 0)
        {
            return false;
        }

        var hits = new PhraseHits(found: null);
        if (text.HasCjk && _substringsByFirstChar.Count > 0
            && ScanSubstrings(text.Value[..Math.Min(text.Value.Length, startWords * CjkCharsPerWord)], ref hits))
        {
            return true;
        }

        for (var i = 0; i < Math.Min(startWords, text.WordCount); i++)
        {
            if (_firstWords.ScanAt(text, i, ref hits))
            {
                return true;
            }
        }

        return false;
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
        var hits = new PhraseHits(found);
        Scan(text, ref hits);
        return [.. _phrases.Where(p => found[p.Index]).Select(p => p.Original)];
    }

    private void Scan(NormalizedText text, ref PhraseHits hits)
    {
        foreach (var phrase in _symbols)
        {
            if (text.Original.Contains(phrase.Symbols!, StringComparison.Ordinal) && hits.Record(phrase))
            {
                return;
            }
        }

        if (text.HasCjk && _substringsByFirstChar.Count > 0 && ScanSubstrings(text.Value, ref hits))
        {
            return;
        }

        for (var i = 0; i < text.WordCount; i++)
        {
            if (_firstWords.ScanAt(text, i, ref hits))
            {
                return;
            }
        }
    }

    // CJK phrases: a plain substring search, one dictionary probe per character of the text.
    private bool ScanSubstrings(string value, ref PhraseHits hits)
    {
        for (var start = 0; start < value.Length; start++)
        {
            if (!_substringsByFirstChar.TryGetValue(value[start], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (value.AsSpan(start).StartsWith(phrase.Substring) && hits.Record(phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
