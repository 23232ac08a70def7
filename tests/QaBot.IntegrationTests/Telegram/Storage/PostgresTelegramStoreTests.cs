using Npgsql;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Telegram.Storage;

public sealed class PostgresTelegramStoreTests : TelegramStoreContract, IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string? _connectionString;

    protected override async Task<TelegramDatabase> CreateDatabaseAsync()
    {
        _connectionString = await TestPostgres.CreateDatabaseAsync("telegram");
        var db = await OpenAgainAsync();
        await db.MigrateAsync(Ct);
        return db;
    }

    protected override Task<TelegramDatabase> OpenAgainAsync()
    {
        var source = NpgsqlDataSource.Create(_connectionString!);
        _sources.Add(source);
        return Task.FromResult<TelegramDatabase>(new PostgresTelegramDatabase(source, TimeProvider.System));
    }

    [Fact]
    public async Task TryAcquireLeadership_LetsOnlyOneInstancePoll_UntilLeaderLetsGo()
    {
        var one = await CreateDatabaseAsync();
        var two = await OpenAgainAsync();

        var leader = await one.TryAcquireLeadershipAsync("polling", Ct);
        var follower = await two.TryAcquireLeadershipAsync("polling", Ct);
        await leader!.DisposeAsync();
        var successor = await two.TryAcquireLeadershipAsync("polling", Ct);

        Assert.Null(follower);
        Assert.NotNull(successor);
        Assert.True(await successor.IsHeldAsync(Ct));
        await successor.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }
}
