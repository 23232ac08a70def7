namespace QaBot.Core.Text;

/// <summary>
/// The rude lexicon of config/rules (key <c>rude</c>: insults, obscenities, hostile constructions), matched for
/// certainty rather than recall: whole words only, never with typo tolerance (a dictionary word one letter from a slur
/// — "regard" — must not match it), through disguised spellings (<see cref="DisguisedWords"/>). An entry word ending in
/// <c>*</c> matches any word it begins ("пизд*" → "пиздец"); a repeated letter in the text matches one in the entry
/// ("fuuuck"); a star in the text stands for one or two hidden letters ("f*ck", "х*р"). Entries in a script written
/// without spaces (Chinese) match as substrings of the normalised text. Immutable and thread-safe.
/// </summary>
public sealed class RudeLexicon
{
    private readonly Dictionary<char, List<Entry>> _byFirstLetter = [];
    private readonly Dictionary<char, List<Entry>> _prefixOrPhraseByFirstLetter = [];
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _substrings = [];

    public RudeLexicon(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var raw in entries)
        {
            // As DisguisedWords reads the text: apostrophes and hyphens inside a word join it ("don't" → "dont").
            var normalized = TextNormalizer.Prepare(raw.Replace("'", string.Empty).Replace("’", string.Empty).Replace("-", string.Empty), keepStars: true);
            if (normalized.HasCjk)
            {
                _substrings.Add(TextNormalizer.Normalize(raw));
                continue;
            }

            var words = new EntryWord[normalized.WordCount];
            for (var i = 0; i < words.Length; i++)
            {
                var word = normalized.Word(i);
                var prefix = word.Length > 1 && word[^1] == '*';
                words[i] = new EntryWord((prefix ? word[..^1] : word).ToString(), prefix);
            }

            if (words.Length == 0 || words[0].Text.Length == 0)
            {
                continue;
            }

            var entry = new Entry(raw.Trim(), words);
            Add(_byFirstLetter, entry);
            if (words is [{ IsPrefix: false } only])
            {
                // A plain text word matches a one-word entry only by equality: one lookup instead of a scan.
                _words.Add(only.Text);
                _entryOfWord.TryAdd(only.Text, entry.Text);
            }
            else
            {
                Add(_prefixOrPhraseByFirstLetter, entry);
            }
        }
    }

    private readonly Dictionary<string, string> _entryOfWord = new(StringComparer.Ordinal);

    public static RudeLexicon Empty { get; } = new([]);

    public bool IsEmpty => _byFirstLetter.Count == 0 && _substrings.Count == 0;

    public bool IsMatch(string? text) => Find(text) is not null;

    /// <summary>The first entry the text contains, as written in the lexicon, or null.</summary>
    public string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || IsEmpty)
        {
            return null;
        }

        if (_substrings.Count > 0 && TextNormalizer.ContainsCjk(text))
        {
            var normalized = TextNormalizer.Normalize(text);
            foreach (var entry in _substrings)
            {
                if (normalized.Contains(entry, StringComparison.Ordinal))
                {
                    return entry;
                }
            }
        }

        foreach (var words in DisguisedWords.Read(text))
        {
            for (var start = 0; start < words.Length; start++)
            {
                var word = words[start];
                if (word.Length == 0)
                {
                    continue;
                }

                var plain = EntryWord.IsPlain(word);
                if (plain && _words.Contains(word))
                {
                    return _entryOfWord[word];
                }

                if ((plain ? _prefixOrPhraseByFirstLetter : _byFirstLetter).TryGetValue(word[0], out var candidates))
                {
                    foreach (var entry in candidates)
                    {
                        if (entry.MatchesAt(words, start, plain))
                        {
                            return entry.Text;
                        }
                    }
                }
            }
        }

        return null;
    }

    private static void Add(Dictionary<char, List<Entry>> index, Entry entry)
    {
        var first = entry.Words[0].Text[0];
        if (!index.TryGetValue(first, out var list))
        {
            index[first] = list = [];
        }

        list.Add(entry);
    }

    private readonly record struct EntryWord(string Text, bool IsPrefix)
    {
        /// <summary>No hidden and no repeated letters: equality or a prefix decides, no backtracking needed.</summary>
        public static bool IsPlain(string word) => word.IndexOf(DisguisedWords.Wildcard) < 0 && !HasRepeats(word);

        /// <param name="plain">Whether the text word <see cref="IsPlain"/> (computed once per word, not per entry).</param>
        public bool Matches(string word, bool plain) =>
            plain
                ? IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : word == Text
                : Match(word, 0, 0);

        /// <summary>
        /// Backtracking over (text position, entry position): a letter matches itself, a wildcard one or two entry
        /// letters, and a text letter equal to the one before it may be skipped (a stretched letter).
        /// </summary>
        private bool Match(string word, int t, int e)
        {
            if (e == Text.Length && IsPrefix)
            {
                return true;
            }

            if (t == word.Length)
            {
                return e == Text.Length;
            }

            var c = word[t];
            if (e < Text.Length)
            {
                if (c == DisguisedWords.Wildcard)
                {
                    if (Match(word, t + 1, e + 1) || (e + 2 <= Text.Length && Match(word, t + 1, e + 2)))
                    {
                        return true;
                    }
                }
                else if (c == Text[e] && Match(word, t + 1, e + 1))
                {
                    return true;
                }
            }

            return t > 0 && c != DisguisedWords.Wildcard && c == word[t - 1] && Match(word, t + 1, e);
        }

        private static bool HasRepeats(string word)
        {
            for (var i = 1; i < word.Length; i++)
            {
                if (word[i] == word[i - 1])
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record Entry(string Text, EntryWord[] Words)
    {
        public bool MatchesAt(string[] words, int start, bool firstIsPlain)
        {
            if (start + Words.Length > words.Length)
            {
                return false;
            }

            for (var i = 0; i < Words.Length; i++)
            {
                if (!Words[i].Matches(words[start + i], i == 0 ? firstIsPlain : EntryWord.IsPlain(words[start + i])))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
