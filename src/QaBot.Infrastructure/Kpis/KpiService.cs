using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Kpis.Rollups;

namespace QaBot.Infrastructure.Kpis;

/// <summary>
/// KPIs over the stored chats (DESIGN §5). A period is the sum of its business days, and each day is computed with its
/// own cross-chat context (<see cref="BusinessDayChats"/>), so a day has the same figures in every period that
/// contains it. That is what makes stored days reusable: days with a valid rollup (<see cref="KpiRollupService"/>)
/// are read from <c>kpi_rollups</c>, the rest (today, dirty days, another zone, a group and an operator filter at
/// once) from the chats, and the report is the same either way.
/// </summary>
public sealed class KpiService : IKpiService
{
    private readonly ITranscriptStore _transcripts;
    private readonly IChatResultStore _results;
    private readonly KpiRollupStore _rollups;
    private readonly QaBotSettings _settings;
    private readonly KpiEngine _engine;
    private readonly KpiCalendar _rollupCalendar;
    private readonly string _fingerprint;

    public KpiService(ITranscriptStore transcripts, IChatResultStore results, KpiRollupStore rollups, QaBotSettings settings)
    {
        _transcripts = transcripts;
        _results = results;
        _rollups = rollups;
        _settings = settings;
        _engine = new KpiEngine(settings.Kpi);
        _rollupCalendar = new KpiCalendar(settings.TimeZone, settings.Kpi.FcrWindowDays);
        _fingerprint = RollupFingerprint.Of(settings.Kpi, settings.TimeZone);
    }

    public async Task<KpiReport> ComputeAsync(KpiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var previousPeriod = request.PreviousPeriod();
        var current = new KpiAccumulator();
        var previous = new KpiAccumulator();
        var storedSpans = new Dictionary<string, List<long>>(StringComparer.Ordinal);

        // A running period compares with the same hours of the previous one: its days from the cut on are not whole.
        var comparableUntil = request.PreviousComparableUntil;
        var cutDay = comparableUntil is { } until ? DateOnly.FromDateTime(until) : (DateOnly?)null;
        var stored = (await ReadStoredDaysAsync(request, cancellationToken)).Where(d => cutDay is null || request.Contains(d.Day) || d.Day < cutDay).ToList();
        foreach (var (day, accumulator) in stored.Where(d => d.Json is not null).AsParallel().AsOrdered()
            .Select(d => (d.Day, Accumulator: KpiJson.DeserializeAccumulator(d.Json!))))
        {
            (request.Contains(day) ? current : previous).Merge(accumulator);
        }

        foreach (var spans in stored.Select(d => d.Spans).OfType<byte[]>())
        {
            SpanCodec.DecodeInto(spans, storedSpans);
        }

        var calendar = new KpiCalendar(request.TimeZone, _settings.Kpi.FcrWindowDays);
        var fromChats = DayRuns.Range(previousPeriod.From, request.To)
            .Except(stored.Select(d => d.Day))
            .Where(day => cutDay is null || request.Contains(day) || day <= cutDay);
        foreach (var (first, last) in DayRuns.Of(fromChats))
        {
            await foreach (var input in BusinessDayChats.ReadAsync(_transcripts, _results, calendar, _settings.Kpi, first, last, cancellationToken))
            {
                var dayRequest = request with { From = input.Day, To = input.Day, StartedBefore = input.Day == cutDay ? comparableUntil : null };
                var (day, _) = _engine.Accumulate(input.Chats, input.Context, dayRequest);
                (request.Contains(input.Day) ? current : previous).Merge(day);
            }
        }

        ConcurrencyStack.Condense(current, storedSpans);
        return KpiReportBuilder.Build(current, previous, request, _settings.Kpi);
    }

    /// <summary>The stored days this request can use; none when rollups are off or were computed for another clock.</summary>
    private async Task<IReadOnlyList<StoredDay>> ReadStoredDaysAsync(KpiRequest request, CancellationToken cancellationToken)
    {
        var zone = request.TimeZone;
        var sameClock = zone.Id == _settings.TimeZone.Id || zone.HasSameRules(_settings.TimeZone);
        if (!_settings.UseRollups || !sameClock || RollupSlice.For(request) is not { } slice)
        {
            return [];
        }

        // Changes recorded but not claimed yet: a stored day they can alter is computed from the chats instead.
        var pending = await _rollups.PendingMarksAsync(cancellationToken);
        var today = _rollupCalendar.DayOf(request.Now);
        var days = await _rollups.ReadDaysAsync(
            slice, request.PreviousPeriod().From, request.From, request.To, today, _fingerprint, request.Now, cancellationToken);
        var horizons = days.ToDictionary(d => d.Day, d => d.Horizon);
        var changed = DirtyDays.Of(pending, _rollupCalendar, day => horizons.TryGetValue(day, out var h) ? h : null);
        return [.. days.Where(d => !changed.Contains(d.Day))];
    }
}
