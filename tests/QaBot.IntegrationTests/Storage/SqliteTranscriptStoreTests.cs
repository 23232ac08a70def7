using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Storage.Sqlite;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Storage;

public sealed class SqliteTranscriptStoreTests : TranscriptStoreContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<ITranscriptStore> CreateStoreAsync()
    {
        var store = new SqliteTranscriptStore(_dir.File("qabot.db"), TimeProvider.System);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public void Dispose() => _dir.Dispose();
}
