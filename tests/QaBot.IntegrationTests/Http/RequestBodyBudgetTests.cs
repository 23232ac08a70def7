using System.Net;
using System.Text;
using QaBot.Core.Abstractions;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

/// <summary>
/// Request bodies are buffered within one process-wide budget (<c>Ingest:MaxBufferedBodyMegabytes</c>): while a big
/// upload holds all of it, another post answers 503 with Retry-After (never 500) and stores nothing; once the upload is
/// over, posts are stored again. Bodies without a Content-Length are still bounded by <c>Ingest:MaxBodyBytes</c>.
/// </summary>
public sealed class RequestBodyBudgetTests : IAsyncLifetime
{
    private const string Path = "/api/v1/transcripts";
    private const int OneMegabyte = 1024 * 1024;
    private const string Chat = """{"id":"bb-1","messages":[{"id":"m1","at":"2026-11-20T09:00:00Z","from":"customer","text":"hello"}]}""";
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _server = await QaBotServer.StartAsync($"--Ingest:MaxBodyBytes={OneMegabyte}", "--Ingest:MaxBufferedBodyMegabytes=1");

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_Answers503WithRetryAfter_WhileAnUploadHoldsTheWholeBudget_ThenStoresAgain()
    {
        await using var upload = await RawHttpConnection.OpenAsync(_server.Client.BaseAddress!, Ct);
        await upload.SendPostHeadersAsync(Path, OneMegabyte, Ct, QaBotServer.ApiKeyHeader);
        using var stopTrickle = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // Fast enough for Kestrel's minimum data rate, far too slow to finish during the test: the upload stays in progress.
        var trickle = TrickleAsync(upload, stopTrickle.Token);

        HttpResponseMessage refused;
        var storedBeforeTheUploadStarted = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            refused = await PostAsync(Chat);
            Assert.NotEqual(HttpStatusCode.InternalServerError, refused.StatusCode);
            storedBeforeTheUploadStarted = refused.StatusCode == HttpStatusCode.OK ? 1 : storedBeforeTheUploadStarted;
        }
        while (refused.StatusCode == HttpStatusCode.OK && DateTime.UtcNow < deadline);

        await stopTrickle.CancelAsync();
        await trickle;
        upload.Close(reset: false);
        var after = await PostAsync(Chat.Replace("bb-1", "bb-2", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Ingest:MaxBufferedBodyMegabytes", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(storedBeforeTheUploadStarted + 1, (await _server.Store.CountAsync(Ct)).Chats);
    }

    [Fact]
    public async Task Post_StoresTheChat_WhenTheBodyIsChunked()
    {
        var response = await PostAsync(Chat, chunked: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new StoreCounts(1, 1), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_Returns413_WhenAChunkedBodyExceedsMaxBodyBytes()
    {
        var huge = string.Join('\n', Enumerable.Range(0, 12_000).Select(i => Chat.Replace("bb-1", $"big-{i}", StringComparison.Ordinal)));

        var response = await PostAsync(huge, chunked: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new StoreCounts(0, 0), await _server.Store.CountAsync(Ct));
    }

    private static async Task TrickleAsync(RawHttpConnection upload, CancellationToken stop)
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 1024));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await upload.SendAsync(spaces, stop);
                await Task.Delay(100, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by the test.
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool chunked = false)
    {
        HttpContent content = chunked
            ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        request.Headers.Add(QaBotServer.ApiKeyHeader.Name, QaBotServer.ApiKeyHeader.Value);
        return await _server.Client.SendAsync(request, Ct);
    }
}
