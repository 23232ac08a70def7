using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

/// <summary>
/// A contract run once per store through the real executable and host: each subclass says which command-line setting
/// selects its store (a fresh SQLite data directory or a fresh PostgreSQL database).
/// </summary>
public abstract class StoreProcessContract : IDisposable
{
    protected TempDirectory Dir { get; } = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The command-line setting that selects this store, fresh for each call.</summary>
    protected abstract Task<string> StoreArgumentAsync();

    public void Dispose()
    {
        Dir.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static string SqliteArgument(TempDirectory dir) =>
        $"--Storage:DataDirectory={dir.File("data-" + Guid.NewGuid().ToString("N")[..8])}";

    protected static async Task<string> PostgresArgumentAsync(string purpose) =>
        $"--Storage:ConnectionString={await TestPostgres.CreateDatabaseAsync(purpose)}";
}
