using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

public sealed class SqliteBadInputTests : BadInputContract
{
    protected override Task<string> StoreArgumentAsync(TempDirectory dir) =>
        Task.FromResult($"--Storage:DataDirectory={dir.File("data-" + Guid.NewGuid().ToString("N")[..8])}");
}
