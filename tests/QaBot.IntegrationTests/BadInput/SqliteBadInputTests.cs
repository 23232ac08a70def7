namespace QaBot.IntegrationTests.BadInput;

public sealed class SqliteBadInputTests : BadInputContract
{
    protected override Task<string> StoreArgumentAsync() => Task.FromResult(SqliteArgument(Dir));
}
