using System.Net.Sockets;
using System.Text;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

/// <summary>
/// Clients that never finish their body, against <c>qabot run</c>: a stalled upload (Kestrel's minimum data rate) and a
/// connection closed mid-body each cost one log line without a stack trace, and the service keeps serving.
/// </summary>
public sealed class AbortedBodyTests : IDisposable
{
    private const string Key = "aborted-body-key";

    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Post_LogsOneLineAndKeepsServing_WhenClientsStallOrHangUpMidBody()
    {
        await using var service = await QaBotService.StartAsync(_dir.Path, $"--Storage:DataDirectory={_dir.File("data")}", $"--Ingest:ApiKeys:0={Key}");
        var address = service.Client.BaseAddress!;

        using (var hangUp = await SendPartialAsync(address))
        {
            hangUp.Client.Shutdown(SocketShutdown.Both);
        }

        using var stalled = await SendPartialAsync(address);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (CountLines(service.Output) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, Ct);
        }

        using var health = await service.Client.GetAsync("/health", Ct);
        var log = service.Output;
        Assert.Equal(2, CountLines(log));
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("An unhandled exception", log, StringComparison.Ordinal);
        Assert.True(health.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Post_Answers503WithRetryAfter_WhenOtherBodiesFillTheBufferBudget()
    {
        await using var service = await QaBotService.StartAsync(_dir.Path, $"--Storage:DataDirectory={_dir.File("data")}", $"--Ingest:ApiKeys:0={Key}",
            "--Ingest:MaxBufferedBodyMegabytes=1");
        var address = service.Client.BaseAddress!;
        using var slow = new TcpClient();
        await slow.ConnectAsync(address.Host, address.Port, Ct);
        var head = $"POST /api/v1/transcripts HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {Key}\r\nContent-Length: 900000\r\n\r\n";
        await slow.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
        using var trickle = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // Fast enough for Kestrel's minimum data rate, far too slow to finish: the 900 KB stay reserved.
        var feeding = Task.Run(async () =>
        {
            while (!trickle.IsCancellationRequested)
            {
                await slow.GetStream().WriteAsync(new byte[1024], trickle.Token);
                await Task.Delay(250, trickle.Token);
            }
        }, trickle.Token);
        await Task.Delay(500, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/transcripts") { Content = new ByteArrayContent(new byte[300_000]) };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await service.Client.SendAsync(request, Ct);
        await trickle.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feeding);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Ingest:MaxBufferedBodyMegabytes", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static int CountLines(string log) =>
        log.Split('\n').Count(l => l.Contains("/api/v1/transcripts: request body not received", StringComparison.Ordinal));

    /// <summary>Headers promising 100,000 bytes, then 20 of them.</summary>
    private static async Task<TcpClient> SendPartialAsync(Uri address)
    {
        var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port, Ct);
        var head = $"POST /api/v1/transcripts HTTP/1.1\r\nHost: {address.Authority}\r\nX-Api-Key: {Key}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"id\":\"slow\",\"mess";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), Ct);
        await client.GetStream().FlushAsync(Ct);
        return client;
    }
}
