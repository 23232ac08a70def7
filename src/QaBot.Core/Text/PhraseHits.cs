namespace QaBot.Core.Text;

/// <summary>What a scan has found so far: whether anything matched, and, when every phrase is wanted, which ones.</summary>
internal struct PhraseHits(bool[]? found)
{
    public bool Any { get; private set; }

    /// <summary>Records a match; returns true when the scan can stop (only whether anything matches was asked).</summary>
    public bool Record(CompiledPhrase phrase)
    {
        Any = true;
        if (found is null)
        {
            return true;
        }

        found[phrase.Index] = true;
        return false;
    }

    /// <summary>Records the phrase when its words 1.. follow word <paramref name="start"/>; true when the scan can stop.</summary>
    public bool RecordIfRestMatches(CompiledPhrase phrase, NormalizedText text, int start) =>
        phrase.RestMatchesAfter(text, start) && Record(phrase);
}
