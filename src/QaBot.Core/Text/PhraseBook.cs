namespace QaBot.Core.Text;

/// <summary>
/// The phrase lists of config/rules/&lt;lang&gt;.json, compiled: per language, per key (<see cref="PhraseKeys"/>) a
/// <see cref="PhraseMatcher"/>. For a language the book does not know (or null: detection failed) every language's
/// phrases are tried together, so a check never fails only because the language was not recognised.
/// Immutable and thread-safe; build it once at start.
/// </summary>
public sealed class PhraseBook
{
    private readonly Dictionary<string, Dictionary<string, PhraseMatcher>> _byLanguage;
    private readonly Dictionary<string, PhraseMatcher> _allLanguages;

    /// <param name="phrasesByLanguage">language code (ru, en, zh) → key (greeting, offer, …) → phrases.</param>
    public PhraseBook(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> phrasesByLanguage)
    {
        ArgumentNullException.ThrowIfNull(phrasesByLanguage);
        _byLanguage = new Dictionary<string, Dictionary<string, PhraseMatcher>>(StringComparer.Ordinal);
        foreach (var (language, lists) in phrasesByLanguage)
        {
            _byLanguage[CanonicalLanguage(language)] = lists.ToDictionary(
                l => l.Key, l => new PhraseMatcher(l.Value), StringComparer.Ordinal);
        }

        _allLanguages = phrasesByLanguage.Values
            .SelectMany(lists => lists)
            .GroupBy(l => l.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PhraseMatcher(g.SelectMany(l => l.Value)), StringComparer.Ordinal);
        // Every language's: an obscenity is rude in any chat, and a Russian operator swears in Russian in an English chat too.
        Rude = new RudeLexicon(phrasesByLanguage.Values.SelectMany(lists => lists.TryGetValue(PhraseKeys.Rude, out var rude) ? rude : []));
    }

    /// <summary>The <c>rude</c> lists of every language, matched without typo tolerance and through disguises.</summary>
    public RudeLexicon Rude { get; }

    public static PhraseBook Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>());

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>
    /// The book's code for a language tag ("ru", "RU", "ru-RU" → "ru"), or null when the book has no lists for it,
    /// which makes the other members use every language's phrases.
    /// </summary>
    public string? ResolveLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = CanonicalLanguage(language);
        return _byLanguage.ContainsKey(code) ? code : null;
    }

    /// <summary>The compiled list for a key; an unknown key gives a matcher that matches nothing.</summary>
    public PhraseMatcher Matcher(string key, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ListsFor(language).TryGetValue(key, out var matcher) ? matcher : PhraseMatcher.Empty;
    }

    public bool Matches(string key, string? text, string? language = null) => Matcher(key, language).IsMatch(text);

    /// <summary>Prefer this overload on hot paths: normalise each message once with <see cref="TextNormalizer.Prepare"/>.</summary>
    public bool Matches(string key, NormalizedText text, string? language = null) => Matcher(key, language).IsMatch(text);

    /// <summary>Whether a phrase of the list starts within the first <paramref name="startWords"/> words (<see cref="PhraseMatcher.IsMatchAtStart"/>).</summary>
    public bool MatchesAtStart(string key, NormalizedText text, string? language, int startWords) =>
        Matcher(key, language).IsMatchAtStart(text, startWords);

    public IReadOnlyList<string> Find(string key, NormalizedText text, string? language = null) =>
        Matcher(key, language).FindAll(text);

    private Dictionary<string, PhraseMatcher> ListsFor(string? language)
    {
        if (language is null)
        {
            return _allLanguages;
        }

        // Fast path without allocation: the caller already passes a code the book knows, as ResolveLanguage returns.
        if (_byLanguage.TryGetValue(language, out var lists))
        {
            return lists;
        }

        return ResolveLanguage(language) is { } code ? _byLanguage[code] : _allLanguages;
    }

    /// <summary>"ru", "RU", "ru-RU", "ru_RU" → "ru".</summary>
    internal static string CanonicalLanguage(string language)
    {
        var trimmed = language.AsSpan().Trim();
        var cut = trimmed.IndexOfAny('-', '_');
        return (cut > 0 ? trimmed[..cut] : trimmed).ToString().ToLowerInvariant();
    }
}
