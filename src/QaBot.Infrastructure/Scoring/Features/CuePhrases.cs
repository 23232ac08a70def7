using System.Collections.Frozen;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The phrases of one language's cues compiled for one scan of a message: indexed by first word (exact, or
/// <c>prefix*</c>), CJK phrases as substrings, symbol-only phrases ("$") in the original text. Unlike the rules'
/// <see cref="PhraseMatcher"/> it allows no typos (the character n-grams already absorb them) and allocates nothing
/// per message, which keeps feature extraction within the scoring budget. Immutable and thread-safe.
/// </summary>
internal sealed class CuePhrases
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstPrefix;
    private readonly int[] _prefixLengths;
    private readonly (string Text, int Cue)[] _substrings;
    private readonly (string Text, int Cue)[] _symbols;

    /// <param name="phrases">Phrase and the index of the cue it shows.</param>
    public CuePhrases(IEnumerable<(string Phrase, int Cue)> phrases)
    {
        var words = new List<Phrase>();
        var substrings = new List<(string, int)>();
        var symbols = new List<(string, int)>();
        foreach (var (phrase, cue) in phrases)
        {
            if (TextNormalizer.ContainsCjk(phrase))
            {
                substrings.Add((TextNormalizer.Normalize(phrase), cue));
            }
            else if (Compile(phrase) is { Length: > 0 } compiled)
            {
                words.Add(new Phrase(compiled, cue));
            }
            else if (phrase.Trim() is { Length: > 0 } symbol)
            {
                symbols.Add((symbol, cue));
            }
        }

        _byFirstWord = Index(words.Where(p => !p.Words[0].IsPrefix));
        var prefixed = words.Where(p => p.Words[0].IsPrefix).ToList();
        _byFirstPrefix = Index(prefixed);
        _prefixLengths = [.. prefixed.Select(p => p.Words[0].Text.Length).Distinct().Order()];
        _substrings = [.. substrings];
        _symbols = [.. symbols];
    }

    /// <summary>Sets <c>cues[cue] = 1</c> for every phrase found in the text.</summary>
    public void Mark(NormalizedText text, Span<float> cues)
    {
        foreach (var (symbol, cue) in _symbols)
        {
            if (text.Original.Contains(symbol, StringComparison.Ordinal))
            {
                cues[cue] = 1f;
            }
        }

        if (text.HasCjk)
        {
            foreach (var (substring, cue) in _substrings)
            {
                if (text.Value.Contains(substring, StringComparison.Ordinal))
                {
                    cues[cue] = 1f;
                }
            }
        }

        for (var i = 0; i < text.WordCount; i++)
        {
            var word = text.Word(i);
            if (_byFirstWord.TryGetValue(word, out var exact))
            {
                MarkMatches(exact, text, i, cues);
            }

            foreach (var length in _prefixLengths)
            {
                if (length > word.Length)
                {
                    break;
                }

                if (_byFirstPrefix.TryGetValue(word[..length], out var prefixed))
                {
                    MarkMatches(prefixed, text, i, cues);
                }
            }
        }
    }

    // The first word matched already; checks the rest of each candidate.
    private static void MarkMatches(Phrase[] candidates, NormalizedText text, int start, Span<float> cues)
    {
        foreach (var phrase in candidates)
        {
            if (start + phrase.Words.Length > text.WordCount)
            {
                continue;
            }

            var matches = true;
            for (var w = 1; w < phrase.Words.Length && matches; w++)
            {
                matches = phrase.Words[w].Matches(text.Word(start + w));
            }

            if (matches)
            {
                cues[phrase.Cue] = 1f;
            }
        }
    }

    private static FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> Index(IEnumerable<Phrase> phrases) =>
        phrases
            .GroupBy(p => p.Words[0].Text, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // "don't" normalises to two words; a trailing star marks the last of them as a prefix.
    private static CueWord[] Compile(string phrase) =>
    [
        .. phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(token =>
        {
            var isPrefix = token.EndsWith('*');
            var parts = TextNormalizer.Words(token.TrimEnd('*'));
            return parts.Select((part, i) => new CueWord(part, isPrefix && i == parts.Count - 1));
        }),
    ];

    private sealed record Phrase(CueWord[] Words, int Cue);
}
