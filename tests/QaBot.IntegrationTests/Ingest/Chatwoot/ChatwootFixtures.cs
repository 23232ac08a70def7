using System.Text.Json;
using System.Text.Json.Nodes;

namespace QaBot.IntegrationTests.Ingest.Chatwoot;

/// <summary>
/// The webhook payloads under <c>Data/chatwoot/</c>, written after Chatwoot's own serializers
/// (<c>Message#webhook_data</c>, <c>Conversations::EventDataPresenter#push_data</c>, <c>WebhookListener</c>).
/// Conversation 42 is one web-widget chat told event by event, in the order Chatwoot sends them.
/// </summary>
internal static class ChatwootFixtures
{
    /// <summary>Conversation 42 from the first customer message to the answered CSAT survey.</summary>
    public static readonly string[] Conversation42 =
    [
        "conversation_created.json",
        "message_created_incoming.json",
        "message_created_template.json",
        "message_created_agent_bot.json",
        "message_created_outgoing.json",
        "message_created_private_note.json",
        "conversation_updated_reassigned.json",
        "message_created_outgoing_after_transfer.json",
        "conversation_status_changed_resolved.json",
        "message_updated_csat.json",
    ];

    public static JsonElement Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
        return document.RootElement.Clone();
    }

    /// <summary>A payload to alter before mapping, for the quirks and faults the fixtures do not show.</summary>
    public static JsonObject LoadNode(string name) =>
        JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    public static JsonElement ToElement(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "chatwoot", name);
}
