using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using QaBot.Infrastructure.Storage.Postgres;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// The bot's state in PostgreSQL, shared by any number of instances: outbox rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, and leadership (who polls Telegram) is a session advisory lock held on a dedicated
/// connection for as long as the leader lives.
/// </summary>
public sealed class PostgresTelegramDatabase : TelegramDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresTelegramDatabase(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    public override string ClaimLockClause => " FOR UPDATE SKIP LOCKED";

    public override bool IsSingleInstance => false;

    public override Task MigrateAsync(CancellationToken cancellationToken) =>
        PostgresMigrator.MigrateAsync(_dataSource, Module, TelegramPostgresSchema.Migrations, _time, cancellationToken);

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<ILeadership?> TryAcquireLeadershipAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key);", connection);
            command.Parameters.AddWithValue("key", LockKey(name));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new AdvisoryLease(connection, LockKey(name));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per leadership name, in QaBot's own key space.</summary>
    private static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("qabot.telegram." + name)), 0);

    private sealed class AdvisoryLease : ILeadership
    {
        private readonly NpgsqlConnection _connection;
        private readonly long _key;

        public AdvisoryLease(NpgsqlConnection connection, long key)
        {
            _connection = connection;
            _key = key;
        }

        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT 1;", _connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (NpgsqlException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key);", _connection);
                command.Parameters.AddWithValue("key", _key);
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                await _connection.DisposeAsync();
            }
        }
    }
}
