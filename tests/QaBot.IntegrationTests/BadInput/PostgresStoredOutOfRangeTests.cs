using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

public sealed class PostgresStoredOutOfRangeTests : StoredOutOfRangeContract
{
    protected override async Task<string> StoreArgumentAsync(TempDirectory dir) =>
        $"--Storage:ConnectionString={await TestPostgres.CreateDatabaseAsync("outofrange")}";
}
