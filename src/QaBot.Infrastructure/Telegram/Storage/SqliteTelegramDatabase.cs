using System.Data.Common;
using QaBot.Infrastructure.Storage.Sqlite;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>The bot's state in the embedded SQLite file: one process, so no row locks and leadership is always ours.</summary>
public sealed class SqliteTelegramDatabase : TelegramDatabase
{
    private readonly SqliteDatabase _db;
    private readonly TimeProvider _time;

    public SqliteTelegramDatabase(SqliteDatabase db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    public override string ClaimLockClause => string.Empty;

    public override bool IsSingleInstance => true;

    public override Task MigrateAsync(CancellationToken cancellationToken) =>
        _db.MigrateAsync(Module, TelegramSqliteSchema.Migrations, _time, cancellationToken);

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _db.OpenAsync(cancellationToken);

    public override Task<ILeadership?> TryAcquireLeadershipAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<ILeadership?>(new SoleInstance());

    private sealed class SoleInstance : ILeadership
    {
        public Task<bool> IsHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
