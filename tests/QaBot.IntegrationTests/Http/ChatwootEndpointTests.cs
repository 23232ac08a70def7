using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using QaBot.Core.Transcripts;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Http;

public sealed class ChatwootEndpointTests : IAsyncLifetime
{
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await QaBotServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_BuildsTheChat_WhenEveryEventOfAConversationIsDeliveredTwice()
    {
        foreach (var name in Ingest.Chatwoot.ChatwootFixtures.Conversation42)
        {
            for (var delivery = 0; delivery < 2; delivery++)
            {
                var response = await Post(Fixture(name));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        var chat = await _server.Store.GetAsync(new ChatKey("chatwoot", "42"), Ct);
        Assert.NotNull(chat);
        Assert.Equal(5, chat.Csat);
        Assert.NotNull(chat.EndedAt);
        Assert.Contains(chat.Messages, m => m.From == Sender.Customer);
        Assert.Contains(chat.Messages, m => m.From == Sender.Operator);
        Assert.Contains(chat.Messages, m => m.IsTransfer);
        Assert.Equal(chat.Messages.Count, chat.Messages.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public async Task Post_ChangesNothing_WhenAnEventIsRedelivered()
    {
        var first = await Post(Fixture("message_created_incoming.json"));
        var revisions = await RevisionsAsync();

        var again = await Post(Fixture("message_created_incoming.json"));
        Assert.NotEmpty(revisions);

        Assert.True((await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("changed").GetBoolean());
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("changed").GetBoolean());
        Assert.Equal(revisions, await RevisionsAsync());
    }

    [Fact]
    public async Task Post_Answers200WithReason_WhenEventIsIgnored()
    {
        var response = await Post(Fixture("contact_created.json"));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("ignored").GetString()));
        Assert.Equal(0, (await _server.Store.CountAsync(Ct)).Chats);
    }

    [Fact]
    public async Task Post_Returns401_WhenTokenWrong()
    {
        var response = await Post(Fixture("message_created_incoming.json"), token: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Returns400NamingTheField_WhenConversationIdMissing()
    {
        var node = Ingest.Chatwoot.ChatwootFixtures.LoadNode("message_created_incoming.json");
        node["conversation"]!.AsObject().Remove("id");
        node["conversation"]!.AsObject().Remove("display_id");

        var response = await Post(node.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("conversation.id", out _), errors.ToString());
    }

    private async Task<List<QaBot.Core.Abstractions.ChatRevision>> RevisionsAsync()
    {
        var revisions = new List<QaBot.Core.Abstractions.ChatRevision>();
        var now = DateTimeOffset.UtcNow;
        await foreach (var revision in _server.Store.OpenChatRevisionsAsync(now.AddYears(-5), now.AddYears(5), Ct))
        {
            revisions.Add(revision);
        }

        return revisions;
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "chatwoot", name));

    private Task<HttpResponseMessage> Post(string body, string token = "cw-token") =>
        _server.Client.PostAsync($"/api/v1/chatwoot?token={token}", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
}
