using System.Collections.Frozen;
using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// Per-language phrase lists of the cues of one model, compiled once. All phrases of a language that may occur
/// anywhere go into one <see cref="CuePhrases"/> (one scan of the text finds every cue), and the few positional
/// cues into <see cref="LeadingPhrases"/>. A message of unknown language is matched against every language's lists.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CueLexicon<TCue>
    where TCue : struct, Enum
{
    private readonly FrozenDictionary<string, CompiledLanguage> _byLanguage;
    private readonly CompiledLanguage _allLanguages;

    public CueLexicon(IReadOnlyDictionary<string, IReadOnlyDictionary<TCue, string[]>> phrasesByLanguage, IReadOnlySet<TCue> leadingCues)
    {
        _byLanguage = phrasesByLanguage.ToFrozenDictionary(
            l => l.Key, l => new CompiledLanguage(l.Value, leadingCues), StringComparer.Ordinal);
        var union = new Dictionary<TCue, string[]>();
        foreach (var cue in Enum.GetValues<TCue>())
        {
            union[cue] = [.. phrasesByLanguage.Values.SelectMany(l => l.TryGetValue(cue, out var p) ? p : [])];
        }

        _allLanguages = new CompiledLanguage(union, leadingCues);
    }

    public static int CueCount { get; } = Enum.GetValues<TCue>().Length;

    /// <summary>
    /// Sets <c>cues[(int)cue] = 1</c> for every cue the text shows; leaves the others untouched. Positional cues count
    /// at the start of the message only: measured on the Stanford requests, looking at every sentence start did worse.
    /// </summary>
    public void Mark(NormalizedText text, string? language, Span<float> cues)
    {
        var lists = language is not null && _byLanguage.TryGetValue(language, out var known) ? known : _allLanguages;
        lists.Mark(text, cues);
    }

    private sealed class CompiledLanguage
    {
        private readonly CuePhrases _anywhere;
        private readonly (int Cue, LeadingPhrases Phrases)[] _leading;

        public CompiledLanguage(IReadOnlyDictionary<TCue, string[]> phrases, IReadOnlySet<TCue> leadingCues)
        {
            _anywhere = new CuePhrases(phrases
                .Where(p => !leadingCues.Contains(p.Key))
                .SelectMany(p => p.Value.Select(phrase => (phrase, Convert.ToInt32(p.Key, null)))));
            _leading = [.. phrases
                .Where(p => leadingCues.Contains(p.Key))
                .Select(p => (Convert.ToInt32(p.Key, null), new LeadingPhrases(p.Value)))];
        }

        public void Mark(NormalizedText text, Span<float> cues)
        {
            _anywhere.Mark(text, cues);
            foreach (var (cue, phrases) in _leading)
            {
                if (phrases.IsMatch(text))
                {
                    cues[cue] = 1f;
                }
            }
        }
    }
}
