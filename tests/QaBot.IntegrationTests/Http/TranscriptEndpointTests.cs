using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

public sealed class TranscriptEndpointTests : IAsyncLifetime
{
    private const string Chat1 = """{"id":"h-1","source":"webchat","messages":[{"id":"m1","at":"2026-11-20T09:00:00+03:00","from":"customer","text":"<script>alert(1)</script> & Ёж"}]}""";
    private const string Chat2 = """{"id":"h-2","messages":[{"id":"m1","at":"2026-11-20T09:00:00Z","from":"customer","text":"hi"}]}""";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await QaBotServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_Returns401_WhenApiKeyMissingOrWrong()
    {
        var missing = await _server.Client.PostAsync("/api/v1/transcripts", Json(Chat1), Ct);
        var wrong = await Post(Chat1, key: "nope");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(new StoreCounts(0, 0), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_StoresOneChat_WhenBodyIsOnePrettyPrintedChat()
    {
        var pretty = JsonSerializer.Serialize(JsonDocument.Parse(Chat1), Indented);

        var response = await Post(pretty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, body.GetProperty("chats_created").GetInt32());
        var stored = await _server.Store.GetAsync(new ChatKey("webchat", "h-1"), Ct);
        Assert.Equal("<script>alert(1)</script> & Ёж", stored!.Messages[0].Text);
    }

    [Fact]
    public async Task Post_StoresEveryChat_WhenBodyIsJsonLinesAndRepostedGrows()
    {
        var first = await Post(Chat1 + "\n" + Chat2 + "\n");
        var grow = await Post("""{"id":"h-2","csat":4,"messages":[{"id":"m2","at":"2026-11-20T09:00:09Z","from":"operator","operator":{"id":"op-1"},"text":"Hello!"}]}""");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, grow.StatusCode);
        Assert.Equal(1, (await grow.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("chats_updated").GetInt32());
        Assert.Equal(new StoreCounts(2, 3), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_Returns400NamingTheFieldAndStoresNothing_WhenOneLineIsBad()
    {
        const string bad = """{"id":"h-3","csat":9,"messages":[]}""";

        var response = await Post(Chat1 + "\n" + bad + "\n" + Chat2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var errors = problem.GetProperty("errors");
        Assert.Contains("csat: must be 1–5, got 9", errors.GetProperty("line 2")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(new StoreCounts(0, 0), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Post_Returns400WithJsonPath_WhenSingleChatLacksMessageTimestamp()
    {
        var response = await Post("""{"id":"h-4","messages":[{"id":"m1","from":"customer","text":"hi"}]}""");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("is required", problem.GetProperty("errors").GetProperty("messages[0].at")[0].GetString());
    }

    [Fact]
    public async Task Post_Returns413_WhenBodyExceedsMaxBodyBytes()
    {
        var huge = string.Join('\n', Enumerable.Range(0, 2000).Select(i => Chat2.Replace("h-2", $"big-{i}", StringComparison.Ordinal)));

        var response = await Post(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new StoreCounts(0, 0), await _server.Store.CountAsync(Ct));
    }

    [Fact]
    public async Task Health_ReportsHealthyStore_AndMetricsCountIngestedChats()
    {
        await Post(Chat1);

        var health = await _server.Client.GetFromJsonAsync<JsonElement>("/health", Ct);
        var metrics = await _server.Client.GetStringAsync("/metrics", Ct);

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("1 chats, 1 messages", health.GetProperty("checks").GetProperty("store").GetProperty("detail").GetString());
        Assert.Contains("qabot_ingested_chats_total{endpoint=\"transcripts\"}", metrics, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post(string body, string key = QaBotServer.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/transcripts") { Content = Json(body) };
        request.Headers.Add("X-Api-Key", key);
        return _server.Client.SendAsync(request, Ct);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
