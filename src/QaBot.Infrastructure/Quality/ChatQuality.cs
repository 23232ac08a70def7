using System.Globalization;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Quality;

/// <summary>
/// Checks one chat against the rules and models (DESIGN §4) and turns the outcome into a storable result, stamped
/// with a version of everything it depended on: models, phrase lists and thresholds. A change to any of them makes
/// stored results stale, so they are recomputed.
/// </summary>
public sealed class ChatQuality
{
    private readonly ChatChecker _checker;
    private readonly DefinitionSettings _definitions;
    private readonly IMessageScorer _scorer;
    private readonly string _rulesVersion;

    public ChatQuality(IOptions<RulesOptions> rules, IMessageScorer scorer, DefinitionSettings definitions, ILanguageDetector? detector = null)
    {
        var options = rules.Value;
        var phrases = PhraseBookLoader.Load(options.Directory);
        var weights = new Dictionary<string, double>(CheckSettings.DefaultWeights, StringComparer.Ordinal);
        // RulesOptions validated the check names at start.
        foreach (var (check, weight) in options.Weights)
        {
            weights[check] = weight;
        }

        var settings = new CheckSettings
        {
            Definitions = definitions,
            WaitNoticeSeconds = options.WaitNoticeSeconds,
            CannedMinUses = options.CannedMinUses,
            RudeThreshold = (float)options.RudeThreshold,
            ReviewThreshold = (float)Math.Min(options.ReviewThreshold, options.RudeThreshold),
            SalesIntentThreshold = (float)options.SalesIntentThreshold,
            Weights = weights,
        };
        _checker = new ChatChecker(phrases.Book, scorer, settings, detector);
        _definitions = definitions;
        Settings = settings;
        _scorer = scorer;
        var thresholds = string.Join(",", weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value.ToString(CultureInfo.InvariantCulture)}"));
        _rulesVersion = $"rules-{phrases.Hash}/{StableHash($"{thresholds};{options.WaitNoticeSeconds};{options.RudeThreshold};{options.ReviewThreshold};{options.SalesIntentThreshold};{definitions.InactivityTimeout};{definitions.ShortAbandon}")}";
    }

    public CheckSettings Settings { get; }

    /// <summary>Models, phrase lists and thresholds in use; follows the models when the scorer reloads them.</summary>
    public string Version => $"{_scorer.ModelVersion}/{_rulesVersion}";

    public ChatCheckResult Check(Chat chat, DateTimeOffset now) => _checker.Check(chat, now);

    public ChatResult Evaluate(Chat chat, long revision, DateTimeOffset now)
    {
        // Read before scoring: if the models are swapped meanwhile, the result is stamped stale and scored again.
        var version = Version;
        var result = _checker.Check(chat, now);
        var timeline = ChatTimeline.For(chat, now, _definitions);
        return new ChatResult
        {
            Key = chat.Key,
            Revision = revision,
            StartedAt = timeline.Start ?? (chat.Messages.Count > 0 ? chat.Messages[0].At : null),
            QaScore = result.QaScore,
            Checks = result.Checks.ToDictionary(c => c.Key, c => c.Value.ToName(), StringComparer.Ordinal),
            Evidence = result.Evidence,
            Politeness = result.Politeness,
            Review = result.Review,
            SalesIntent = result.SalesIntent,
            Version = version,
            ComputedAt = now,
        };
    }

    private static string StableHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
}
