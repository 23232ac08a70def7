using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Storage;

public sealed class PostgresTranscriptStoreTests : TranscriptStoreContract, IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];

    protected override async Task<ITranscriptStore> CreateStoreAsync()
    {
        var dataSource = NpgsqlDataSource.Create(await TestPostgres.CreateDatabaseAsync("store"));
        _sources.Add(dataSource);
        var store = new PostgresTranscriptStore(dataSource, TimeProvider.System);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }
}
