namespace QaBot.IntegrationTests.BadInput;

public sealed class PostgresBadInputTests : BadInputContract
{
    protected override Task<string> StoreArgumentAsync() => PostgresArgumentAsync("badinput");
}
