using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis.Rollups;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.Infrastructure.Storage.Results;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Kpis;

public sealed class PostgresKpiServiceTests : KpiServiceContract, IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];

    protected override async Task<(ITranscriptStore Transcripts, IChatResultStore Results, KpiRollupStore Rollups)> CreateStorageAsync()
    {
        var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("kpi"));
        _sources.Add(dataSource);
        return (new PostgresTranscriptStore(dataSource, TimeProvider.System), new SqlResultStore(async ct => await dataSource.OpenConnectionAsync(ct)),
            KpiRollupStore.ForPostgres(dataSource, TimeProvider.System));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }
}
