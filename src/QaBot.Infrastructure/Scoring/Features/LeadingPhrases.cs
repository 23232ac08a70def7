using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// Phrases that count only at the very start of a message ("please …", "why …", "you …"): the politeness strategies
/// whose position matters. Words ending in <c>*</c> are prefixes; CJK phrases are matched as a prefix of the text.
/// The lists are short, so a linear check of the first words is the fastest way. Immutable and thread-safe.
/// </summary>
internal sealed class LeadingPhrases
{
    private readonly CueWord[][] _wordPhrases;
    private readonly string[] _cjkPhrases;

    public LeadingPhrases(IEnumerable<string> phrases)
    {
        var words = new List<CueWord[]>();
        var cjk = new List<string>();
        foreach (var phrase in phrases)
        {
            if (TextNormalizer.ContainsCjk(phrase))
            {
                cjk.Add(TextNormalizer.Normalize(phrase));
                continue;
            }

            var compiled = phrase
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(token => Compile(token))
                .ToArray();
            if (compiled.Length > 0)
            {
                words.Add(compiled);
            }
        }

        _wordPhrases = [.. words];
        _cjkPhrases = [.. cjk];
    }

    public bool IsMatch(NormalizedText text)
    {
        if (text.WordCount == 0)
        {
            return false;
        }

        if (text.HasCjk)
        {
            foreach (var phrase in _cjkPhrases)
            {
                if (text.Value.StartsWith(phrase, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        foreach (var phrase in _wordPhrases)
        {
            if (StartsWith(text, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(NormalizedText text, CueWord[] phrase)
    {
        if (phrase.Length > text.WordCount)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!phrase[i].Matches(text.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    // "don't" normalises to two words; a trailing star marks the last of them as a prefix.
    private static IEnumerable<CueWord> Compile(string token)
    {
        var isPrefix = token.EndsWith('*');
        var parts = TextNormalizer.Words(token.TrimEnd('*'));
        for (var i = 0; i < parts.Count; i++)
        {
            yield return new CueWord(parts[i], isPrefix && i == parts.Count - 1);
        }
    }
}
