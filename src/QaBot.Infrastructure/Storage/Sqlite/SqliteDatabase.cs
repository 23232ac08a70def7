using System.Globalization;
using Microsoft.Data.Sqlite;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// The embedded database file: opens pooled connections and applies each module's versioned schema steps
/// (modules such as <c>transcripts</c> or <c>telegram</c> version their tables independently).
/// </summary>
public sealed class SqliteDatabase
{
    public SqliteDatabase(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath))!);
        Path = databasePath;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var setup = connection.CreateCommand();
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: a crash of QaBot (or a restart) loses nothing
        // committed, the database stays consistent even on power loss, and commits stop queueing behind fsync.
        // busy_timeout: a writer that finds the write lock taken waits inside SQLite (1–100 ms steps) instead of getting
        // SQLITE_BUSY at once, which Microsoft.Data.Sqlite retries after a fixed, thread-blocking 150 ms sleep; under 16
        // concurrent HTTP writers that sleep was the whole latency tail (p99 ≈ 3 × 150 ms, README "Measurements").
        setup.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;";
        await setup.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async Task MigrateAsync(string module, IReadOnlyList<SchemaMigration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS schema_version (
                    module TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL, applied_at INTEGER NOT NULL,
                    PRIMARY KEY (module, version));
                """;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE takes the write lock up front, so two processes starting together migrate one after the other.
        await using var tx = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version WHERE module = $m;";
        command.Parameters.AddWithValue("$m", module);
        var current = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        foreach (var step in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using var apply = connection.CreateCommand();
            apply.Transaction = tx;
            apply.CommandText = step.Sql;
            await apply.ExecuteNonQueryAsync(cancellationToken);
            apply.CommandText = "INSERT INTO schema_version (module, version, description, applied_at) VALUES ($m, $v, $d, $t);";
            apply.Parameters.AddWithValue("$m", module);
            apply.Parameters.AddWithValue("$v", step.Version);
            apply.Parameters.AddWithValue("$d", step.Description);
            apply.Parameters.AddWithValue("$t", ToMicros(time.GetUtcNow()));
            await apply.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
