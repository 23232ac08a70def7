using System.Text;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Text;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Checks;

/// <summary>
/// Runs the quality checks of DESIGN §4 on a chat and computes its QA score. Stateless and thread-safe when the
/// scorer and detector are; one instance serves every chat.
/// </summary>
public sealed class ChatChecker
{
    // Enough text for a detector to be sure; long chats need not be read whole.
    private const int DetectionSampleChars = 2000;

    private readonly PhraseBook _phrases;
    private readonly IMessageScorer _scorer;
    private readonly CheckSettings _settings;
    private readonly ILanguageDetector? _detector;

    public ChatChecker(PhraseBook phrases, IMessageScorer scorer, CheckSettings settings, ILanguageDetector? detector = null)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(settings);
        _phrases = phrases;
        _scorer = scorer;
        _settings = settings;
        _detector = detector;
    }

    /// <param name="now">The instant the chat is evaluated at: decides whether a chat without ended_at is still open.</param>
    public ChatCheckResult Check(Chat chat, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var timeline = ChatTimeline.For(chat, now, _settings.Definitions);
        var context = new ChatCheckContext(chat, timeline, LanguageOf(chat), _phrases, _scorer, _settings);

        var (politeness, scores, review) = PolitenessCheck.Evaluate(context);
        var (missedSale, salesIntent) = MissedSaleCheck.Evaluate(context);

        // Checks apply to answered chats; an unanswered (or outbound) chat has no QA score.
        var verdicts = new Dictionary<string, CheckVerdict>(StringComparer.Ordinal);
        if (timeline.IsAnswered)
        {
            var waits = LongWaits.Find(context);
            verdicts[CheckNames.Greeting] = GreetingCheck.Evaluate(context);
            verdicts[CheckNames.FirstResponseSla] = FirstResponseSlaCheck.Evaluate(context);
            verdicts[CheckNames.WaitNotice] = WaitNoticeCheck.Evaluate(context, waits);
            verdicts[CheckNames.ThanksForWaiting] = ThanksForWaitingCheck.Evaluate(context, waits);
            verdicts[CheckNames.Closing] = ClosingCheck.Evaluate(context);
            verdicts[CheckNames.UnansweredQuestion] = UnansweredQuestionCheck.Evaluate(context);
            verdicts[CheckNames.Politeness] = politeness;
            verdicts[CheckNames.MissedSale] = missedSale;
        }

        var checks = new Dictionary<string, CheckOutcome>(StringComparer.Ordinal);
        var evidence = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in CheckNames.All)
        {
            var verdict = verdicts.GetValueOrDefault(name, CheckVerdict.NotApplicable);
            checks[name] = verdict.Outcome;
            if (verdict.Outcome == CheckOutcome.Fail)
            {
                evidence[name] = verdict.Evidence;
            }
        }

        return new ChatCheckResult
        {
            Key = chat.Key,
            QaScore = timeline.IsAnswered ? QaScore(checks) : null,
            Checks = checks,
            Evidence = evidence,
            Politeness = scores,
            Review = review,
            SalesIntent = salesIntent,
            ModelVersion = _scorer.ModelVersion,
            Language = context.Language,
        };
    }

    /// <summary>
    /// DESIGN §4 QA score: round(100 × Σ weights passed ÷ Σ weights applicable); 0 when politeness failed.
    /// With no applicable weight at all nothing could fail, so the score is 100.
    /// </summary>
    public int QaScore(IReadOnlyDictionary<string, CheckOutcome> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.GetValueOrDefault(CheckNames.Politeness) == CheckOutcome.Fail)
        {
            return 0;
        }

        double passed = 0, applicable = 0;
        foreach (var (name, outcome) in checks)
        {
            if (outcome == CheckOutcome.NotApplicable)
            {
                continue;
            }

            var weight = _settings.WeightOf(name);
            applicable += weight;
            passed += outcome == CheckOutcome.Pass ? weight : 0;
        }

        return applicable > 0 ? (int)Math.Round(100 * passed / applicable, MidpointRounding.AwayFromZero) : 100;
    }

    // The chat's language field, else the detector's verdict on what the customer and operators wrote.
    private string? LanguageOf(Chat chat)
    {
        if (!string.IsNullOrWhiteSpace(chat.Language))
        {
            return PhraseBook.CanonicalLanguage(chat.Language);
        }

        if (_detector is null)
        {
            return null;
        }

        var sample = new StringBuilder();
        foreach (var message in chat.Messages)
        {
            if ((message.From is Sender.Customer or Sender.Operator) && !string.IsNullOrWhiteSpace(message.Text))
            {
                sample.Append(message.Text).Append('\n');
                if (sample.Length >= DetectionSampleChars)
                {
                    break;
                }
            }
        }

        return sample.Length == 0 || _detector.Detect(sample.ToString()) is not { } detected
            ? null
            : PhraseBook.CanonicalLanguage(detected);
    }
}
