namespace QaBot.IntegrationTests.BadInput;

public sealed class SqliteStoredOutOfRangeTests : StoredOutOfRangeContract
{
    protected override Task<string> StoreArgumentAsync() => Task.FromResult(SqliteArgument(Dir));
}
