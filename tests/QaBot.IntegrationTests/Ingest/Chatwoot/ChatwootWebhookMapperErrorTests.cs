using System.Text.Json;
using System.Text.Json.Nodes;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Chatwoot;

namespace QaBot.IntegrationTests.Ingest.Chatwoot;

/// <summary>A payload that cannot be mapped fails with the JSON path of the field at fault, for the 400 or the import report.</summary>
public sealed class ChatwootWebhookMapperErrorTests
{
    [Fact]
    public void Map_ThrowsNamingConversationId_WhenAMessageEventHasNoConversationId()
    {
        var payload = ChatwootFixtures.LoadNode("message_created_incoming.json");
        payload["conversation"]!.AsObject().Remove("id");

        Assert.Equal("conversation.id", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingId_WhenAConversationEventHasNoId()
    {
        var payload = ChatwootFixtures.LoadNode("conversation_status_changed_resolved.json");
        payload["id"] = null;

        Assert.Equal("id", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingConversation_WhenAMessageEventHasNoConversation()
    {
        var payload = ChatwootFixtures.LoadNode("message_created_outgoing.json");
        payload.Remove("conversation");

        Assert.Equal("conversation", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingConversationId_WhenTheIdIsNeitherANumberNorAString()
    {
        var payload = ChatwootFixtures.LoadNode("message_created_incoming.json");
        payload["conversation"]!["id"] = new JsonObject { ["value"] = 42 };

        Assert.Equal("conversation.id", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingCreatedAt_WhenTheMessageTimeIsNotATime()
    {
        var payload = ChatwootFixtures.LoadNode("message_created_incoming.json");
        payload["created_at"] = "вчера";

        var error = MapFailure(payload);

        Assert.Equal("created_at", error.Field);
        Assert.Contains("вчера", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ThrowsNamingTheNestedField_WhenANestedMessageHasNoTime()
    {
        var payload = ChatwootFixtures.LoadNode("conversation_updated_reassigned.json");
        payload["messages"]![0]!.AsObject().Remove("created_at");

        Assert.Equal("messages[0].created_at", MapFailure(payload).Field);
    }

    [Theory]
    [InlineData("\"question\"")]
    [InlineData("7")]
    [InlineData("true")]
    public void Map_ThrowsNamingMessageType_WhenTheTypeIsUnknown(string messageType)
    {
        var payload = ChatwootFixtures.LoadNode("message_created_incoming.json");
        payload["message_type"] = JsonNode.Parse(messageType);

        Assert.Equal("message_type", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingEvent_WhenThePayloadNamesNoEvent()
    {
        var payload = ChatwootFixtures.LoadNode("conversation_created.json");
        payload.Remove("event");

        Assert.Equal("event", MapFailure(payload).Field);
    }

    [Fact]
    public void Map_ThrowsNamingTheRoot_WhenThePayloadIsNotAnObject()
    {
        using var document = JsonDocument.Parse("[1, 2, 3]");

        var error = Assert.Throws<IngestException>(() => ChatwootWebhookMapper.Map(document.RootElement));

        Assert.Equal("$", error.Field);
    }

    private static IngestException MapFailure(JsonObject payload)
    {
        var element = ChatwootFixtures.ToElement(payload);
        return Assert.Throws<IngestException>(() => ChatwootWebhookMapper.Map(element));
    }
}
