using QaBot.Infrastructure.Storage.Sqlite;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Telegram.Storage;

public sealed class SqliteTelegramStoreTests : TelegramStoreContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<TelegramDatabase> CreateDatabaseAsync()
    {
        var db = await OpenAgainAsync();
        await db.MigrateAsync(Ct);
        return db;
    }

    protected override Task<TelegramDatabase> OpenAgainAsync() =>
        Task.FromResult<TelegramDatabase>(new SqliteTelegramDatabase(new SqliteDatabase(_dir.File("qabot.db")), TimeProvider.System));

    public void Dispose() => _dir.Dispose();
}
