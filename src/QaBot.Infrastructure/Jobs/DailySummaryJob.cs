using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Options;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// At <c>Summary:DailyAt</c>: the previous business day's KPIs (rollups refreshed first) to the team chats, with trends
/// against the day before and the same weekday a week earlier. Runs once per day however many instances fire it.
/// </summary>
public sealed class DailySummaryJob
{
    public const string Id = "daily-summary";

    private readonly IKpiService _kpis;
    private readonly ITeamNotifier _notifier;
    private readonly JobRunLedger _ledger;
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger<DailySummaryJob> _logger;

    public DailySummaryJob(IKpiService kpis, ITeamNotifier notifier, JobRunLedger ledger, TimeProvider time, IOptions<BusinessOptions> business, ILogger<DailySummaryJob> logger)
    {
        _kpis = kpis;
        _notifier = notifier;
        _ledger = ledger;
        _time = time;
        _zone = business.Value.Zone;
        _logger = logger;
    }

    /// <summary>The scheduled entry point: summarises yesterday in the business time zone.</summary>
    public Task RunScheduledAsync(CancellationToken cancellationToken) =>
        RunAsync(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _zone).DateTime).AddDays(-1), cancellationToken);

    /// <summary>Summarises <paramref name="day"/>; returns false when that day's summary was already sent.</summary>
    public async Task<bool> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var period = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var done = await _ledger.RunOnceAsync(Id, period, async ct =>
        {
            var now = _time.GetUtcNow();
            var report = await _kpis.ComputeAsync(new KpiRequest(day, day, _zone, now), ct);
            var weekAgo = await _kpis.ComputeAsync(new KpiRequest(day.AddDays(-7), day.AddDays(-7), _zone, now), ct);
            await _notifier.SendDailySummaryAsync(report, weekAgo, ct);
            return $"{report.Totals.Chats} chats";
        }, cancellationToken);
        if (!done)
        {
            _logger.LogInformation("Daily summary for {Day} already sent; skipping", period);
        }

        return done;
    }
}
