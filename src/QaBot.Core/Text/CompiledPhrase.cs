namespace QaBot.Core.Text;

/// <summary>A phrase of a list, ready to match: its words, or for CJK its normalised text matched as a substring.</summary>
internal sealed class CompiledPhrase
{
    public CompiledPhrase(int index, string original, PhraseWord[] words, string? substring, string? symbols)
    {
        Index = index;
        Original = original;
        Words = words;
        Substring = substring;
        Symbols = symbols;
    }

    /// <summary>Position in the list, so that a search can mark phrases found without a set.</summary>
    public int Index { get; }

    public string Original { get; }

    public PhraseWord[] Words { get; }

    /// <summary>Set for CJK phrases: matched as a plain substring of the normalised text.</summary>
    public string? Substring { get; }

    /// <summary>Set for phrases made only of symbols ("$", "₽"), which normalisation would erase: matched in the original text (symbols have no case).</summary>
    public string? Symbols { get; }

    /// <summary>Whether words 1.. of the phrase follow word <paramref name="start"/> of the text (word 0 was matched by the caller).</summary>
    public bool RestMatchesAfter(NormalizedText text, int start)
    {
        if (start + Words.Length > text.WordCount)
        {
            return false;
        }

        for (var w = 1; w < Words.Length; w++)
        {
            if (!Words[w].Matches(text.Word(start + w)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalises a phrase as written in a list; null when nothing is left to match.</summary>
    public static CompiledPhrase? TryCompile(int index, string phrase)
    {
        var prepared = TextNormalizer.Prepare(phrase, keepStars: true);
        if (prepared.HasCjk)
        {
            return new CompiledPhrase(index, phrase, [], TextNormalizer.Normalize(phrase), symbols: null);
        }

        var words = new List<PhraseWord>(prepared.WordCount);
        for (var w = 0; w < prepared.WordCount; w++)
        {
            var word = PhraseWord.Parse(prepared.Word(w));
            if (word.Text.Length > 0 || word.IsPrefix)
            {
                words.Add(word);
            }
        }

        // A phrase of one short word has no context to tell a typo from another word ("booked!" is not "looked").
        if (words.Count == 1 && words[0].AllowsTypo && WordDistance.CountLetters(words[0].Text) < WordDistance.MinLettersForTypoAlone)
        {
            words[0] = words[0] with { AllowsTypo = false };
        }

        if (words.Count > 0)
        {
            return new CompiledPhrase(index, phrase, [.. words], substring: null, symbols: null);
        }

        // Nothing but symbols ("$", "₽"): normalisation would erase it, so it is looked for in the original text.
        var symbols = phrase.Trim();
        return symbols.Length > 0 ? new CompiledPhrase(index, phrase, [], substring: null, symbols) : null;
    }
}
