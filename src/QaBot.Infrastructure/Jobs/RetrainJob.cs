using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Scoring;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// Nightly at <c>Jobs:RetrainAt</c>: retrains each model whose supervisor labels changed since its last retraining, from
/// the shipped training data (<c>Scoring:TrainingDirectory</c>) plus the labels, and keeps the new model only if it
/// scores at least as well on the held-out split (DESIGN §6, <see cref="ModelRetrainer"/>). A kept model is loaded by
/// the running scorer at once, which makes every stored result stale, so the chats are scored again. Runs once per day
/// however many instances fire it; every retraining is recorded in <see cref="RetrainHistory"/>.
/// </summary>
public sealed class RetrainJob
{
    public const string Id = "model-retrain";

    private readonly ILabelStore _labels;
    private readonly RetrainHistory _history;
    private readonly JobRunLedger _ledger;
    private readonly MlMessageScorer _scorer;
    private readonly ILanguageDetector _detector;
    private readonly ScoringOptions _scoring;
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger<RetrainJob> _logger;

    public RetrainJob(ILabelStore labels, RetrainHistory history, JobRunLedger ledger, MlMessageScorer scorer, ILanguageDetector detector,
        IOptions<ScoringOptions> scoring, TimeProvider time, IOptions<BusinessOptions> business, ILogger<RetrainJob> logger)
    {
        _labels = labels;
        _history = history;
        _ledger = ledger;
        _scorer = scorer;
        _detector = detector;
        _scoring = scoring.Value;
        _time = time;
        _zone = business.Value.Zone;
        _logger = logger;
    }

    /// <summary>The scheduled entry point: today's run in the business time zone.</summary>
    public Task RunScheduledAsync(CancellationToken cancellationToken) =>
        RunAsync(DateOnly.FromDateTime(BusinessTime.ToLocal(_time.GetUtcNow(), _zone)), cancellationToken);

    /// <summary>
    /// The run for <paramref name="day"/>: one outcome per model retrained (none when no labels are new); null when that
    /// day's run was already done.
    /// </summary>
    public async Task<IReadOnlyList<RetrainOutcome>?> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var period = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var outcomes = new List<RetrainOutcome>();
        var done = await _ledger.RunOnceAsync(Id, period, async ct =>
        {
            var details = new List<string>();
            foreach (var task in Enum.GetValues<MessageScoringTask>())
            {
                var outcome = await RetrainAsync(task, ct);
                details.Add(outcome?.Describe() ?? $"{task.ToName()}: no new labels");
                if (outcome is not null)
                {
                    outcomes.Add(outcome);
                }
            }

            if (outcomes.Any(o => o.Replaced) && _scorer.ReloadIfChanged())
            {
                _logger.LogInformation("Scoring now uses models {ModelVersion}; stored chat results will be recomputed", _scorer.ModelVersion);
            }

            return string.Join("; ", details);
        }, cancellationToken);
        if (!done)
        {
            _logger.LogInformation("Model retraining for {Day} already done; skipping", period);
            return null;
        }

        return outcomes;
    }

    private async Task<RetrainOutcome?> RetrainAsync(MessageScoringTask task, CancellationToken cancellationToken)
    {
        var labels = await SupervisorExamples.LabelsAsync(_labels, task, cancellationToken);
        var newest = labels.Count == 0 ? (DateTimeOffset?)null : labels.Max(l => l.At);
        var recent = await _history.RecentAsync(1, task, cancellationToken);
        var last = recent.Count > 0 ? recent[0] : null;
        if (newest is null || newest <= last?.NewestLabelAt)
        {
            _logger.LogInformation("Retraining {Task}: no new labels since the last retraining ({LastRetrainedAt}); nothing to do", task.ToName(), last?.At);
            return null;
        }

        var shipped = TrainingSets.Load(task, _scoring.TrainingDirectory, _detector);
        var comparison = new ModelRetrainer().Retrain(task, shipped, [.. labels.Select(l => SupervisorExamples.ToExample(l, _detector))], _scoring.ModelPath(task), cancellationToken);
        // Microseconds, as the history stores instants: the outcome returned is the one an admin reads back.
        var at = FromMicros(ToMicros(_time.GetUtcNow()));
        var outcome = new RetrainOutcome(task, at, comparison.TrainExamples, comparison.TestExamples, labels.Count,
            comparison.Current.Accuracy, comparison.Candidate.Accuracy, comparison.Replaced, newest.Value);
        await _history.AddAsync(outcome, cancellationToken);
        _logger.LogInformation(
            "Retrained {Task} on {TrainExamples} examples ({Labels} supervisor labels, {TestLabels} of them held out): held-out accuracy {CurrentAccuracy:F4} current vs {CandidateAccuracy:F4} new on {TestExamples} examples; {Decision}",
            task.ToName(), comparison.TrainExamples, labels.Count, comparison.TestLabels, comparison.Current.Accuracy, comparison.Candidate.Accuracy,
            comparison.TestExamples, outcome.Decision);
        return outcome;
    }
}
