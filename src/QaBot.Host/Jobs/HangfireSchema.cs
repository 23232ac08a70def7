using Hangfire.PostgreSql;
using Npgsql;

namespace QaBot.Host.Jobs;

/// <summary>
/// Hangfire's tables on PostgreSQL, installed by one instance at a time. Hangfire.PostgreSql's own preparation
/// (<c>PrepareSchemaIfNecessary</c>) runs its scripts without a lock, so instances starting together on an empty
/// database create the same schema and tables at once and all but one fail; under a session advisory lock the
/// first installs and the others find every version applied.
/// </summary>
internal static class HangfireSchema
{
    public const string Name = "hangfire";

    private const long InstallLockKey = 0x5141_426F_7402; // "QABot" + 2, beside the migrations' + 1

    public static void Install(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key);", connection))
        {
            command.Parameters.AddWithValue("key", InstallLockKey);
            command.ExecuteNonQuery();
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection, Name);
        }
        finally
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key);", connection);
            unlock.Parameters.AddWithValue("key", InstallLockKey);
            unlock.ExecuteNonQuery();
        }
    }
}
