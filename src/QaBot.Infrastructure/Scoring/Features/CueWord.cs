namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>One normalised word of a cue phrase, matched exactly or, with <see cref="IsPrefix"/>, as a word's beginning.</summary>
internal readonly record struct CueWord(string Text, bool IsPrefix)
{
    public bool Matches(ReadOnlySpan<char> word) =>
        IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : word.SequenceEqual(Text);
}
