using Npgsql;

namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>
/// Applies versioned schema steps under a transaction-scoped advisory lock, so several instances starting at once
/// migrate exactly once.
/// </summary>
public static class PostgresMigrator
{
    private const long SchemaLockKey = 0x5141_426F_7401; // "QABot" + 1: any stable number unique to QaBot

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string module, IReadOnlyList<SchemaMigration> migrations, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key);", connection, tx))
        {
            command.Parameters.AddWithValue("key", SchemaLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS schema_version (module text NOT NULL, version integer NOT NULL, description text NOT NULL, applied_at timestamptz NOT NULL, PRIMARY KEY (module, version));",
            connection, tx))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        int current;
        await using (var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version WHERE module = @m;", connection, tx))
        {
            command.Parameters.AddWithValue("m", module);
            current = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var step in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using var apply = new NpgsqlCommand(step.Sql, connection, tx);
            await apply.ExecuteNonQueryAsync(cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO schema_version (module, version, description, applied_at) VALUES (@m, @v, @d, @t);", connection, tx);
            record.Parameters.AddWithValue("m", module);
            record.Parameters.AddWithValue("v", step.Version);
            record.Parameters.AddWithValue("d", step.Description);
            record.Parameters.AddWithValue("t", time.GetUtcNow().UtcDateTime);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
