using System.Text;
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

    public ScoringInput Create(string text, string? language, bool label = false)
    {
        var row = new ScoringInput { Features = new float[_features.Count] };
        Fill(row, text, language);
        row.Label = label;
        return row;
    }

    /// <summary>Overwrites a row in place, so that a pooled row can be scored without allocating a new vector.</summary>
    public void Fill(ScoringInput row, string? text, string? language)
    {
        text ??= string.Empty;
        var resolved = ScoringLanguages.Resolve(language, text);
        var normalized = TextNormalizer.Prepare(text);
        row.Text = text.ToLowerInvariant().Replace('ё', 'е');
        row.Words = normalized.HasCjk ? SplitCjk(normalized.Value) : normalized.Value;
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
    }

    // Chinese has no spaces between words: one character per token makes word n-grams character uni- and bigrams.
    private static string SplitCjk(string value)
    {
        var builder = new StringBuilder(value.Length * 2);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in value.EnumerateRunes())
        {
            var cjk = TextNormalizer.IsCjk(rune.Value);
            var needsSpace = builder.Length > 0 && builder[^1] != ' ';
            if (rune.Value == ' ' && !needsSpace)
            {
                continue;
            }

            if (cjk && needsSpace)
            {
                builder.Append(' ');
            }

            builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            if (cjk)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
