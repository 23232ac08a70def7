using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Feedback;
using QaBot.Core.Kpis;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Options;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// Mondays at <c>Feedback:WeeklyAt</c>: every operator's previous week (Monday–Sunday, business time zone) with their
/// own examples, delivered to each linked operator. Runs once per week however many instances fire it.
/// </summary>
public sealed class WeeklyFeedbackJob
{
    public const string Id = "weekly-feedback";

    private readonly IKpiService _kpis;
    private readonly ITranscriptStore _store;
    private readonly IChatResultStore _results;
    private readonly ITeamNotifier _notifier;
    private readonly JobRunLedger _ledger;
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger<WeeklyFeedbackJob> _logger;

    public WeeklyFeedbackJob(IKpiService kpis, ITranscriptStore store, IChatResultStore results, ITeamNotifier notifier, JobRunLedger ledger,
        TimeProvider time, IOptions<BusinessOptions> business, ILogger<WeeklyFeedbackJob> logger)
    {
        _kpis = kpis;
        _store = store;
        _results = results;
        _notifier = notifier;
        _ledger = ledger;
        _time = time;
        _zone = business.Value.Zone;
        _logger = logger;
    }

    /// <summary>The scheduled entry point: the last complete Monday–Sunday week.</summary>
    public Task RunScheduledAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(BusinessTime.ToLocal(_time.GetUtcNow(), _zone));
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return RunAsync(monday.AddDays(-7), cancellationToken);
    }

    /// <summary>Composes and sends the week starting <paramref name="weekStart"/>; null when that week was already done.</summary>
    public async Task<IReadOnlyList<OperatorFeedback>?> RunAsync(DateOnly weekStart, CancellationToken cancellationToken)
    {
        var period = weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        IReadOnlyList<OperatorFeedback> feedback = [];
        var done = await _ledger.RunOnceAsync(Id, period, async ct =>
        {
            feedback = await ComposeAsync(weekStart, ct);
            var notLinked = new List<string>();
            var unreachable = new List<string>();
            foreach (var item in feedback)
            {
                switch (await _notifier.SendWeeklyFeedbackAsync(item, ct))
                {
                    case FeedbackDelivery.NotLinked:
                        notLinked.Add(item.OperatorId);
                        break;
                    case FeedbackDelivery.Unreachable:
                        unreachable.Add(item.OperatorId);
                        break;
                }
            }

            // Every operator who got nothing is named to the supervisors, once per run, not only logged.
            await _notifier.ReportUndeliveredFeedbackAsync(weekStart, weekStart.AddDays(6), feedback.Count, notLinked, unreachable, ct);
            return $"{feedback.Count} operators, {notLinked.Count} not linked, {unreachable.Count} unreachable";
        }, cancellationToken);
        if (!done)
        {
            _logger.LogInformation("Weekly feedback for the week of {Week} already sent; skipping", period);
            return null;
        }

        return feedback;
    }

    /// <summary>Every operator's feedback for the week, without sending (the demo prints one).</summary>
    public async Task<IReadOnlyList<OperatorFeedback>> ComposeAsync(DateOnly weekStart, CancellationToken cancellationToken)
    {
        var weekEnd = weekStart.AddDays(6);
        var report = await _kpis.ComputeAsync(new KpiRequest(weekStart, weekEnd, _zone, _time.GetUtcNow()), cancellationToken);
        var from = BusinessTime.StartOfDay(weekStart, _zone);
        var to = BusinessTime.StartOfDay(weekEnd.AddDays(1), _zone);
        var results = await _results.GetResultsAsync(from, to, cancellationToken);
        var byOperator = new Dictionary<string, List<(Chat, ChatResult?)>>(StringComparer.Ordinal);
        await foreach (var chat in _store.QueryAsync(new Core.Abstractions.ChatQuery(from, to), cancellationToken))
        {
            foreach (var op in chat.Messages.Where(m => m.From == Sender.Operator && m.Operator is not null).Select(m => m.Operator!.Id).Distinct())
            {
                if (!byOperator.TryGetValue(op, out var list))
                {
                    byOperator[op] = list = [];
                }

                list.Add((chat, results.GetValueOrDefault(chat.Key)));
            }
        }

        return [.. report.ByOperator.Select(own => FeedbackComposer.Compose(report, own, byOperator.GetValueOrDefault(own.OperatorId) ?? []))];
    }
}
