using QaBot.Core.Text;
using QaBot.Infrastructure.Scoring.Features;

namespace QaBot.Infrastructure.Scoring;

/// <summary>
/// Turns a message into a <see cref="ScoringInput"/> for one task: the same code prepares training rows and the
/// rows scored in production, so the two can never drift apart. Thread-safe.
/// </summary>
internal sealed class ScoringRowFactory
{
    private readonly IMessageFeatures _features;

    private ScoringRowFactory(IMessageFeatures features)
    {
        _features = features;
    }

    public static ScoringRowFactory Politeness { get; } = new(PolitenessFeatures.Instance);

    public static ScoringRowFactory SalesIntent { get; } = new(SalesIntentFeatures.Instance);

    public int FeatureCount => _features.Count;

    public static ScoringRowFactory For(MessageScoringTask task) => task switch
    {
        MessageScoringTask.Politeness => Politeness,
        MessageScoringTask.SalesIntent => SalesIntent,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, null),
    };

    // Rows created one by one (training, evaluation) reuse one bag and its 16 KB bitmap per thread.
    [ThreadStatic]
    private static NgramBag? _threadBag;

    public ScoringInput Create(string text, string? language, bool label = false)
    {
        var row = new ScoringInput { Label = label };
        Fill(row, text, language, _threadBag ??= NgramHashing.NewBag());
        return row;
    }

    /// <summary>Overwrites a row in place, reusing its arrays, so that a pooled row is scored without allocating vectors.</summary>
    public void Fill(ScoringInput row, string? text, string? language, NgramBag bag)
    {
        text ??= string.Empty;
        var resolved = ScoringLanguages.Resolve(language, text);
        var normalized = TextNormalizer.Prepare(text);
        row.Text = text;
        row.Language = resolved ?? string.Empty;
        if (row.Features.Length != _features.Count)
        {
            row.Features = new float[_features.Count];
        }
        else
        {
            Array.Clear(row.Features);
        }

        _features.Compute(text, normalized, resolved, row.Features);
        NgramHashing.AddWords(normalized, bag);
        NgramHashing.AddChars(text, bag);
        var ngrams = row.Ngrams;
        bag.MoveTo(ref ngrams);
        row.Ngrams = ngrams;
    }
}
