using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Kpis.Rollups;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.Infrastructure.Storage.Results;
using QaBot.Infrastructure.Storage.Sqlite;

namespace QaBot.Benchmarks.Kpis;

/// <summary>
/// A store prepared with <c>qabot generate</c> + <c>qabot import</c> (see <see cref="KpiBenchmarks"/>), opened with
/// the KPI services wired as the host wires them.
/// </summary>
internal sealed class KpiBenchmarkStore : IAsyncDisposable
{
    public const string SqliteVariable = "QABOT_BENCH_KPI_SQLITE";
    public const string PostgresVariable = "QABOT_BENCH_KPI_POSTGRES";
    public const string ZoneVariable = "QABOT_BENCH_KPI_ZONE";

    private readonly NpgsqlDataSource? _dataSource;

    private KpiBenchmarkStore(ITranscriptStore transcripts, IChatResultStore results, KpiRollupStore rollups, NpgsqlDataSource? dataSource)
    {
        _dataSource = dataSource;
        Rollups = rollups;
        var business = new BusinessOptions { TimeZone = Environment.GetEnvironmentVariable(ZoneVariable) ?? "Europe/Moscow" };
        Settings = new QaBotSettings(new KpiOptions(), new SlaOptions(), new RulesOptions(), business);
        var direct = new QaBotSettings(new KpiOptions { UseRollups = false }, new SlaOptions(), new RulesOptions(), business);
        Service = new KpiService(transcripts, results, rollups, Settings);
        FromChats = new KpiService(transcripts, results, rollups, direct);
        RollupService = new KpiRollupService(transcripts, results, rollups, Settings, TimeProvider.System, NullLogger<KpiRollupService>.Instance);
    }

    public QaBotSettings Settings { get; }

    public KpiRollupStore Rollups { get; }

    /// <summary>Reads valid rollups, computes the rest from chats.</summary>
    public KpiService Service { get; }

    /// <summary>Always computes from chats (<c>Kpi:UseRollups=false</c>).</summary>
    public KpiService FromChats { get; }

    public KpiRollupService RollupService { get; }

    public static async Task<KpiBenchmarkStore> OpenAsync(string kind)
    {
        KpiBenchmarkStore store;
        if (kind == "sqlite")
        {
            var database = new SqliteDatabase(Required(SqliteVariable));
            store = new KpiBenchmarkStore(
                new SqliteTranscriptStore(database, TimeProvider.System),
                new SqlResultStore(async ct => await database.OpenAsync(ct)),
                KpiRollupStore.ForSqlite(database, TimeProvider.System),
                null);
            await new SqliteTranscriptStore(database, TimeProvider.System).MigrateAsync(CancellationToken.None);
        }
        else
        {
            var dataSource = NpgsqlDataSource.Create(Required(PostgresVariable));
            store = new KpiBenchmarkStore(
                new PostgresTranscriptStore(dataSource, TimeProvider.System),
                new SqlResultStore(async ct => await dataSource.OpenConnectionAsync(ct)),
                KpiRollupStore.ForPostgres(dataSource, TimeProvider.System),
                dataSource);
            await new PostgresTranscriptStore(dataSource, TimeProvider.System).MigrateAsync(CancellationToken.None);
        }

        await store.Rollups.MigrateAsync(CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set; see KpiBenchmarks for how to prepare the data.");
}
