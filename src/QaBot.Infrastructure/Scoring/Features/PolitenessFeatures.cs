using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The politeness model's hand-written features: one flag per <see cref="PolitenessCue"/> (the strategies of
/// Danescu-Niculescu-Mizil et al. 2013), swearing (<see cref="ProfanityPattern"/>), the <see cref="TextShape"/> of the
/// message and its language.
/// </summary>
internal sealed class PolitenessFeatures : IMessageFeatures
{
    private static readonly int Cues = CueLexicon<PolitenessCue>.CueCount;

    private static readonly HashSet<PolitenessCue> LeadingCues =
    [
        PolitenessCue.PleaseStart, PolitenessCue.DirectImperativeStart, PolitenessCue.SecondPersonStart,
        PolitenessCue.FirstPersonStart, PolitenessCue.DirectStart, PolitenessCue.DirectQuestionStart,
        PolitenessCue.DeferenceStart,
    ];

    private readonly CueLexicon<PolitenessCue> _lexicon = new(
        new Dictionary<string, IReadOnlyDictionary<PolitenessCue, string[]>>
        {
            [ScoringLanguages.Russian] = RussianPolitenessPhrases.Phrases,
            [ScoringLanguages.English] = EnglishPolitenessPhrases.Phrases,
            [ScoringLanguages.Chinese] = ChinesePolitenessPhrases.Phrases,
        },
        LeadingCues);

    public static PolitenessFeatures Instance { get; } = new();

    public int Count { get; } = Cues + 1 + TextShape.Count + LanguageFlags.Count;

    public void Compute(string text, NormalizedText normalized, string? language, Span<float> features)
    {
        _lexicon.Mark(normalized, language, features[..Cues]);
        features[Cues] = ProfanityPattern.IsMatch(text) ? 1f : 0f;
        TextShape.Compute(text, features.Slice(Cues + 1, TextShape.Count));
        LanguageFlags.Compute(language, features[(Cues + 1 + TextShape.Count)..]);
    }
}
