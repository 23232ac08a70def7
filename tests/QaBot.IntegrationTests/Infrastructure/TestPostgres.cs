using Npgsql;

namespace QaBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL the test script starts (<c>tests/run.sh</c> exports <c>QABOT_TEST_POSTGRES</c>). Each caller gets
/// a fresh database of its own, so test classes never see each other's rows. Without the variable the tests fail
/// and say how to get one: a silently skipped PostgreSQL test would hide exactly the bugs it exists to catch.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "QABOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./tests/run.sh, which starts a PostgreSQL on 127.0.0.1 " +
                $"and sets it, or point {Variable} at a server you started yourself " +
                "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"qabot_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }
}
