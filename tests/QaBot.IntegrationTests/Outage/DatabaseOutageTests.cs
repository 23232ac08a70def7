using System.Net;
using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Outage;

/// <summary>
/// PostgreSQL down or frozen while QaBot runs (issue 9 item 4): ingest answers 503 with Retry-After, bounded by
/// Ingest:StoreTimeoutSeconds, /health says unhealthy within its own bound while /alive stays 200, nothing is half-written, and everything
/// works again once the database is back.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string Chat = """{"id":"o-1","messages":[{"id":"m1","at":"2026-11-20T09:00:00Z","from":"customer","text":"hello"}]}""";
    private LoopbackTcpProxy _proxy = null!;
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(await TestPostgres.CreateDatabaseAsync("outage"));
        _proxy = new LoopbackTcpProxy(database.Host!, database.Port);
        database.Port = _proxy.Port;
        database.Timeout = 3;
        _server = await QaBotServer.StartAsync($"--Storage:ConnectionString={database.ConnectionString}", "--Ingest:StoreTimeoutSeconds=2");
    }

    public async ValueTask DisposeAsync()
    {
        _proxy.Restore();
        await _server.DisposeAsync();
        await _proxy.DisposeAsync();
    }

    [Fact]
    public async Task Post_Answers503WithRetryAfter_WhenPostgresIsFrozenThenWorksWhenItIsBack()
    {
        _proxy.Freeze();

        var frozen = await PostAsync();
        var health = await _server.Client.GetAsync("/health", Ct);
        var alive = await _server.Client.GetAsync("/alive", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, frozen.StatusCode);
        Assert.True(frozen.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.DoesNotContain("   at ", await frozen.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        // Liveness is the process only: a frozen database must not get a healthy process restarted.
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("alive", await alive.Content.ReadAsStringAsync(Ct));

        _proxy.Restore();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync()).StatusCode);
        Assert.Equal(new StoreCounts(1, 1), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_Answers503WithRetryAfter_WhenPostgresRefusesConnections()
    {
        _proxy.Refuse();

        var down = await PostAsync();
        var body = await down.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.True(down.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Nothing was stored", body, StringComparison.Ordinal);

        _proxy.Restore();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync()).StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/transcripts") { Content = new StringContent(Chat) };
        request.Headers.Add(QaBotServer.ApiKeyHeader.Name, QaBotServer.ApiKeyHeader.Value);
        return await _server.Client.SendAsync(request, Ct);
    }
}
