using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis.Rollups;
using QaBot.Infrastructure.Storage.Results;
using QaBot.Infrastructure.Storage.Sqlite;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Kpis;

public sealed class SqliteKpiServiceTests : KpiServiceContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override Task<(ITranscriptStore Transcripts, IChatResultStore Results, KpiRollupStore Rollups)> CreateStorageAsync()
    {
        var database = new SqliteDatabase(_dir.File($"{Guid.NewGuid():N}.db"));
        return Task.FromResult<(ITranscriptStore, IChatResultStore, KpiRollupStore)>((new SqliteTranscriptStore(database, TimeProvider.System), new SqlResultStore(async ct => await database.OpenAsync(ct)),
            KpiRollupStore.ForSqlite(database, TimeProvider.System)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
