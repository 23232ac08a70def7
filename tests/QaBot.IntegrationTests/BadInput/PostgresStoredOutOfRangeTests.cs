namespace QaBot.IntegrationTests.BadInput;

public sealed class PostgresStoredOutOfRangeTests : StoredOutOfRangeContract
{
    protected override Task<string> StoreArgumentAsync() => PostgresArgumentAsync("outofrange");
}
