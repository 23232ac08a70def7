namespace QaBot.Core.Text;

/// <summary>One normalised word of a phrase: matched exactly, as a prefix (<c>подожд*</c>), and with one typo when long enough.</summary>
internal readonly record struct PhraseWord(string Text, bool IsPrefix, bool AllowsTypo)
{
    public static PhraseWord Parse(ReadOnlySpan<char> token)
    {
        var isPrefix = token.EndsWith('*');
        var text = token.Contains('*') ? token.ToString().Replace("*", string.Empty, StringComparison.Ordinal) : token.ToString();
        return new PhraseWord(text, isPrefix, WordDistance.CountLetters(text) >= WordDistance.MinLettersForTypo);
    }

    public bool Matches(ReadOnlySpan<char> word)
    {
        if (!IsPrefix)
        {
            return word.SequenceEqual(Text) || (AllowsTypo && WordDistance.WithinOneEdit(word, Text));
        }

        if (word.StartsWith(Text))
        {
            return true;
        }

        if (!AllowsTypo)
        {
            return false;
        }

        // A typo inside the prefix: the word's beginning, one shorter, as long or one longer, is one edit away.
        for (var length = Text.Length - 1; length <= Text.Length + 1 && length <= word.Length; length++)
        {
            if (WordDistance.WithinOneEdit(word[..length], Text))
            {
                return true;
            }
        }

        return false;
    }
}
