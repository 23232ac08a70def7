using QaBot.Core.Text;

namespace QaBot.Infrastructure.Scoring.Features;

/// <summary>
/// The sales-intent model's hand-written features: one flag per <see cref="SalesIntentCue"/>, question marks, digits,
/// a currency sign, length and language.
/// </summary>
internal sealed class SalesIntentFeatures : IMessageFeatures
{
    private const int Shape = 5;
    private static readonly int Cues = CueLexicon<SalesIntentCue>.CueCount;

    private readonly CueLexicon<SalesIntentCue> _lexicon = new(
        new Dictionary<string, IReadOnlyDictionary<SalesIntentCue, string[]>>
        {
            [ScoringLanguages.Russian] = RussianSalesIntentPhrases.Phrases,
            [ScoringLanguages.English] = EnglishSalesIntentPhrases.Phrases,
            [ScoringLanguages.Chinese] = ChineseSalesIntentPhrases.Phrases,
        },
        new HashSet<SalesIntentCue>());

    public static SalesIntentFeatures Instance { get; } = new();

    public int Count { get; } = Cues + Shape + LanguageFlags.Count;

    public void Compute(string text, NormalizedText normalized, string? language, Span<float> features)
    {
        _lexicon.Mark(normalized, language, features[..Cues]);
        var questions = 0;
        var digits = 0;
        var currency = false;
        foreach (var c in text)
        {
            questions += c is '?' or '？' ? 1 : 0;
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            currency |= c is '$' or '€' or '£' or '₽' or '¥' or '￥';
        }

        var shape = features.Slice(Cues, Shape);
        shape[0] = Math.Min(questions, 3) / 3f;
        shape[1] = digits > 0 ? 1f : 0f;
        shape[2] = digits >= 6 ? 1f : 0f; // order, tracking and phone numbers: after-sale, not a price
        shape[3] = currency ? 1f : 0f;
        shape[4] = MathF.Min(1f, MathF.Log(1 + normalized.WordCount) / MathF.Log(100));
        LanguageFlags.Compute(language, features[(Cues + Shape)..]);
    }
}
