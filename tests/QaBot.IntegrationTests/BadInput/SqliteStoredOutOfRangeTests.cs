using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

public sealed class SqliteStoredOutOfRangeTests : StoredOutOfRangeContract
{
    protected override Task<string> StoreArgumentAsync(TempDirectory dir) =>
        Task.FromResult($"--Storage:DataDirectory={dir.File("data")}");
}
