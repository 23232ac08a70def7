using QaBot.Core.Definitions;

namespace QaBot.Core.Checks;

/// <summary>The thresholds and weights of the quality checks (DESIGN §3–4), with their defaults.</summary>
public sealed record CheckSettings
{
    /// <summary>The weights the QA score uses for checks that <see cref="Weights"/> does not list.</summary>
    public static IReadOnlyDictionary<string, double> DefaultWeights { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [CheckNames.Greeting] = 10,
        [CheckNames.FirstResponseSla] = 15,
        [CheckNames.WaitNotice] = 10,
        [CheckNames.ThanksForWaiting] = 10,
        [CheckNames.Closing] = 10,
        [CheckNames.UnansweredQuestion] = 15,
        [CheckNames.Politeness] = 20,
        [CheckNames.MissedSale] = 10,
    };

    // Declared after DefaultWeights: static initialisers run in text order and Default reads it.
    public static CheckSettings Default { get; } = new();

    /// <summary>Start/end, per-channel SLA <c>T</c> and the other definitions of DESIGN §3.</summary>
    public DefinitionSettings Definitions { get; init; } = DefinitionSettings.Default;

    /// <summary><c>Rules:WaitNoticeSeconds</c>: a wait longer than this is a long wait that should be announced and thanked for.</summary>
    public int WaitNoticeSeconds { get; init; } = 60;

    /// <summary><c>Rules:CannedMinUses</c>: the same normalised text in this many chats counts as canned.</summary>
    public int CannedMinUses { get; init; } = 5;

    /// <summary>An operator message with P(rude) at or above this fails the politeness check.</summary>
    public float RudeThreshold { get; init; } = 0.5f;

    /// <summary>
    /// An operator message with P(rude) at or above this but below <see cref="RudeThreshold"/> (and no lexicon hit) is in
    /// the <c>review</c> tier: the check passes and a supervisor is asked to label it. Above 1 turns the tier off.
    /// </summary>
    public float ReviewThreshold { get; init; } = 1.01f;

    /// <summary>A customer message with P(sales intent) at or above this shows purchase intent.</summary>
    public float SalesIntentThreshold { get; init; } = 0.5f;

    /// <summary>QA score weight per check name; checks not listed keep their <see cref="DefaultWeights"/>.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = DefaultWeights;

    public TimeSpan WaitNotice => TimeSpan.FromSeconds(WaitNoticeSeconds);

    public double WeightOf(string check) =>
        Weights.TryGetValue(check, out var weight) ? weight
        : DefaultWeights.TryGetValue(check, out var fallback) ? fallback
        : 0;
}
