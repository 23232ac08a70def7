using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaBot.Core.Abstractions;
using QaBot.IntegrationTests.Infrastructure;
using QaBot.IntegrationTests.Telegram.EndToEnd;

namespace QaBot.IntegrationTests.Http;

/// <summary>
/// Clients that send a body too slowly (below Kestrel's MinRequestBodyDataRate) or hang up halfway through it, on a
/// real socket against the real host: one log line each, no stack trace, 408 when it can still be sent, and the
/// server keeps serving everyone else.
/// </summary>
public sealed class SlowClientTests : IAsyncLifetime
{
    private const string Path = "/api/v1/transcripts";
    private const string Chat = """{"id":"sc-1","messages":[{"id":"m1","at":"2026-11-20T09:00:00Z","from":"customer","text":"hello"}]}""";
    private readonly CapturedLogs _logs = new();
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Information shows QaBot's own line about the client; errors from anywhere would show at any level.
        _server = await QaBotServer.StartAsync("--Logging:LogLevel:QaBot=Information");
        _server.Services.GetRequiredService<ILoggerFactory>().AddProvider(_logs);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_Answers408AndLogsOneLine_WhenTheClientStallsMidBody()
    {
        await using var client = await RawHttpConnection.OpenAsync(_server.Client.BaseAddress!, Ct);
        await client.SendPostHeadersAsync(Path, 60_000, Ct, QaBotServer.ApiKeyHeader);
        await client.SendAsync(Encoding.ASCII.GetBytes(new string(' ', 1000)), Ct);

        // Kestrel gives up on the body after its grace period (5 s below 240 bytes/s) and the answer arrives.
        var response = await client.ReadUntilClosedAsync(Ct);

        Assert.StartsWith("HTTP/1.1 408 ", response, StringComparison.Ordinal);
        await AssertOneLineAndStillServingAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_LogsOneLine_WhenTheClientHangsUpMidBody(bool reset)
    {
        await using (var client = await RawHttpConnection.OpenAsync(_server.Client.BaseAddress!, Ct))
        {
            await client.SendPostHeadersAsync(Path, 60_000, Ct, QaBotServer.ApiKeyHeader);
            await client.SendAsync(Encoding.ASCII.GetBytes(new string(' ', 1000)), Ct);
            client.Close(reset);
        }

        await AssertOneLineAndStillServingAsync();
    }

    private async Task AssertOneLineAndStillServingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_logs.Lines.Any(l => l.Contains("body bytes", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(Chat) };
        request.Headers.Add(QaBotServer.ApiKeyHeader.Name, QaBotServer.ApiKeyHeader.Value);
        var next = await _server.Client.SendAsync(request, Ct);

        // The access log (QaBot.Host.Requests) has its ordinary one line per request besides.
        var lines = _logs.Lines.Where(l => !l.Contains("QaBot.Host.Requests", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines, l => l.Contains(Path, StringComparison.Ordinal));
        Assert.Contains("of 60000 body bytes", line, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.DoesNotContain("   at ", l, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(new StoreCounts(1, 1), await _server.Store.CountAsync(Ct));
    }
}
