using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Benchmarks.Kpis;

/// <summary>
/// <c>IKpiService.ComputeAsync</c> for the last 1, 30 and 90 days of a 90-day, 10,000-chats-a-day store, read from
/// rollups or computed from the chats, on SQLite and PostgreSQL. Prepare the data once (QABOT_BENCH_KPI_LAST_DAY is
/// the last generated day, 2026-10-29 for the start below):
/// <code>
/// qabot generate --days 90 --chats-per-day 10000 --start 2026-08-01 --out /tmp/kpi90.jsonl
/// qabot import /tmp/kpi90.jsonl --Storage:DataDirectory=/tmp/kpi90                      # SQLite
/// qabot import /tmp/kpi90.jsonl --Storage:ConnectionString="Host=…;Database=kpi90"      # PostgreSQL
/// export QABOT_BENCH_KPI_SQLITE=/tmp/kpi90/qabot.db QABOT_BENCH_KPI_POSTGRES="Host=…;Database=kpi90"
/// dotnet run -c Release --project tests/QaBot.Benchmarks -- --filter '*KpiBenchmarks.FromRollups*'   # seconds
/// dotnet run -c Release --project tests/QaBot.Benchmarks -- --filter '*KpiBenchmarks.FromChats*'     # tens of minutes
/// </code>
/// The first run builds the rollups (a refresh after the import); later runs find them valid.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class KpiBenchmarks
{
    private KpiBenchmarkStore _store = null!;
    private KpiRequest _request = null!;

    [Params("sqlite", "postgres")]
    public string Store { get; set; } = "sqlite";

    [Params(1, 30, 90)]
    public int Days { get; set; } = 1;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await KpiBenchmarkStore.OpenAsync(Store);
        var last = Environment.GetEnvironmentVariable("QABOT_BENCH_KPI_LAST_DAY") is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2026, 10, 29);
        _request = new KpiRequest(last.AddDays(1 - Days), last, _store.Settings.TimeZone, TimeProvider.System.GetUtcNow());
        // Brings the stored days up to date: the whole 90 days after the import (minutes), nothing on later runs.
        var started = System.Diagnostics.Stopwatch.StartNew();
        var days = await _store.RollupService.RefreshAsync(CancellationToken.None);
        Console.WriteLine($"// rollup refresh: {days} days stored in {started.Elapsed.TotalSeconds:F1} s");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _store.DisposeAsync();

    /// <summary>Valid stored days are read; only days without a valid rollup (none here) come from the chats.</summary>
    [Benchmark(Baseline = true)]
    public Task<KpiReport> FromRollups() => _store.Service.ComputeAsync(_request, CancellationToken.None);

    /// <summary>Every day computed from its chats (<c>Kpi:UseRollups=false</c>): what a period costs without rollups.</summary>
    [Benchmark]
    public Task<KpiReport> FromChats() => _store.FromChats.ComputeAsync(_request, CancellationToken.None);
}
