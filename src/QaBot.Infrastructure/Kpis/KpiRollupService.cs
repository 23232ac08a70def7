using System.Diagnostics;
using Microsoft.Extensions.Logging;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis.Rollups;

namespace QaBot.Infrastructure.Kpis;

/// <summary>
/// Keeps the per-day KPI rollups (<c>kpi_rollups</c>) current, so that long periods are read from a few stored days
/// instead of a million chats. Reports never depend on it having run: a day that is not valid is computed from
/// the chats (<see cref="KpiService"/>).
/// <para>
/// When a stored day is final: its figures are a function of the chats starting on it and on the
/// <see cref="KpiCalendar.LookaheadDays"/> (FcrWindowDays + 1) days after it (FCR repeat contacts and newest data),
/// their quality results, the settings, and — only while one of its chats is open — the clock. So a day is read
/// from rollups only when (1) no chat or result of those days changed since it was computed (triggers record every
/// change), (2) it was computed with today's settings and zone, (3) it is before today, and (4) every chat of it had
/// ended or passed the inactivity timeout when it was computed. A day stops changing for good once its look-ahead
/// days are over and no late chat arrives for them; until then each arriving chat marks it dirty again and the next
/// refresh recomputes it.
/// </para>
/// </summary>
public sealed class KpiRollupService
{
    private readonly ITranscriptStore _transcripts;
    private readonly IChatResultStore _results;
    private readonly KpiRollupStore _store;
    private readonly QaBotSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<KpiRollupService> _logger;
    private readonly KpiCalendar _calendar;

    public KpiRollupService(
        ITranscriptStore transcripts, IChatResultStore results, KpiRollupStore store, QaBotSettings settings, TimeProvider time, ILogger<KpiRollupService> logger)
    {
        _transcripts = transcripts;
        _results = results;
        _store = store;
        _settings = settings;
        _time = time;
        _logger = logger;
        _calendar = new KpiCalendar(settings.TimeZone, settings.Kpi.FcrWindowDays);
        Fingerprint = RollupFingerprint.Of(settings.Kpi, settings.TimeZone);
    }

    /// <summary>What stored days must have been computed with to be read (<see cref="RollupFingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>Recomputes every day before today that changed since the last run, or is otherwise due. Cheap when nothing changed.</summary>
    /// <returns>The number of days stored.</returns>
    public Task<int> RefreshAsync(CancellationToken cancellationToken) =>
        RefreshAsync(DateOnly.MinValue, DateOnly.MaxValue, cancellationToken);

    /// <summary>As <see cref="RefreshAsync(CancellationToken)"/>, limited to the due days in [from, to] (others stay due).</summary>
    public async Task<int> RefreshAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await _store.ClaimDirtyHoursAsync(_calendar, cancellationToken);
        var now = _time.GetUtcNow();
        var due = await _store.TakeDueDaysAsync(Fingerprint, now, _calendar.DayOf(now), from, to, cancellationToken);
        return await RecomputeAsync(due, now, cancellationToken);
    }

    /// <summary>
    /// Recomputes every day in [from, to] whatever its state (first backfill, or after restoring a backup). Today and
    /// later days are skipped: they are still changing and reports compute them from the chats.
    /// </summary>
    /// <returns>The number of days stored.</returns>
    public async Task<int> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var yesterday = _calendar.DayOf(now).AddDays(-1);
        if (to > yesterday)
        {
            to = yesterday;
        }

        if (from > to)
        {
            return 0;
        }

        await _store.ClaimDirtyHoursAsync(_calendar, cancellationToken);
        await _store.MarkDirtyAsync([.. DayRuns.Range(from, to)], cancellationToken);
        var due = await _store.TakeDueDaysAsync(Fingerprint, now, to.AddDays(1), from, to, cancellationToken);
        return await RecomputeAsync(due, now, cancellationToken);
    }

    private async Task<int> RecomputeAsync(IReadOnlyList<(DateOnly Day, long Generation)> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = 0;
        var generations = due.ToDictionary(d => d.Day, d => d.Generation);
        foreach (var (first, last) in DayRuns.Of(due.Select(d => d.Day)))
        {
            var clock = Stopwatch.StartNew();
            var runStored = 0;
            await foreach (var input in BusinessDayChats.ReadAsync(_transcripts, _results, _calendar, _settings.Kpi, first, last, cancellationToken))
            {
                var rollup = DayRollupFactory.Compute(input, generations[input.Day], Fingerprint, _settings.Kpi, _calendar.Zone, now);
                if (await _store.SaveDayAsync(rollup, cancellationToken))
                {
                    runStored++;
                }
                else
                {
                    _logger.LogDebug("KPI rollup of {Day} changed while it was computed; it stays dirty for the next refresh", input.Day);
                }
            }

            stored += runStored;
            _logger.LogInformation("Rolled up KPIs of {Days} days {First:yyyy-MM-dd}…{Last:yyyy-MM-dd} in {Seconds:F1} s",
                runStored, first, last, clock.Elapsed.TotalSeconds);
        }

        return stored;
    }
}
