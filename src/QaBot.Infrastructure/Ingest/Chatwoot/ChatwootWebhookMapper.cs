using System.Text.Json;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// Maps one Chatwoot webhook payload onto QaBot's transcript model (DESIGN §2, Chatwoot webhooks). Each payload gives a
/// partial chat (source <c>chatwoot</c>, id = the conversation id) to be upserted with <see cref="ChatMerger.Merge"/>:
/// messages merge by Chatwoot message id, so redelivered events and the copies of a message nested in
/// <c>conversation.messages</c> are harmless. Pure and stateless: the order of calls does not matter to the mapping.
/// </summary>
/// <remarks>
/// Mapped: <c>message_created</c> and <c>message_updated</c> (the message and its conversation; the only events that
/// carry CSAT answers), <c>conversation_created</c>, <c>conversation_updated</c>, <c>conversation_status_changed</c>,
/// and the agent-bot-only <c>conversation_opened</c> / <c>conversation_resolved</c> (same conversation payload).
/// Everything else (<c>contact_*</c>, <c>inbox_*</c>, <c>webwidget_triggered</c>, <c>conversation_typing_*</c>) is
/// ignored with a reason, as are private notes and deleted messages.
/// </remarks>
public static class ChatwootWebhookMapper
{
    /// <summary>The <see cref="Chat.Source"/> of every chat mapped from Chatwoot.</summary>
    public const string Source = "chatwoot";

    private static readonly HashSet<string> MessageEvents = new(StringComparer.Ordinal)
    {
        "message_created",
        "message_updated",
    };

    private static readonly HashSet<string> ConversationEvents = new(StringComparer.Ordinal)
    {
        "conversation_created",
        "conversation_updated",
        "conversation_status_changed",
        "conversation_opened",
        "conversation_resolved",
    };

    /// <summary>Maps a payload and checks the chat against what every door accepts (instants, text, key lengths).</summary>
    /// <exception cref="IngestException">The payload cannot be mapped or breaks the policy; <see cref="IngestException.Field"/> names the field.</exception>
    public static ChatwootMapping Map(JsonElement payload, IngestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ChatwootMapping mapping;
        try
        {
            mapping = Map(payload);
        }
        catch (InvalidOperationException)
        {
            throw new IngestException("$", Jsonl.TranscriptJsonParser.BadPropertyName);
        }

        return mapping.Chat is { } chat ? mapping with { Chat = policy.Validate(chat) } : mapping;
    }

    /// <exception cref="IngestException">The payload cannot be mapped; <see cref="IngestException.Field"/> is its JSON path.</exception>
    public static ChatwootMapping Map(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new IngestException("$", $"expected a JSON object, got {payload.ValueKind.ToString().ToLowerInvariant()}");
        }

        var eventName = ChatwootJson.Text(payload, "event")?.Trim()
            ?? throw new IngestException("event", "missing: every Chatwoot webhook payload names its event");
        if (MessageEvents.Contains(eventName))
        {
            return MapMessageEvent(eventName, payload);
        }

        return ConversationEvents.Contains(eventName)
            ? MapConversationEvent(eventName, payload)
            : new ChatwootMapping(eventName, null, $"event '{eventName}' carries no conversation transcript");
    }

    /// <summary><c>Message#webhook_data</c>: the message at the top level, its conversation under <c>conversation</c>.</summary>
    private static ChatwootMapping MapMessageEvent(string eventName, JsonElement payload)
    {
        const string ConversationPath = "conversation.";
        var conversation = ChatwootJson.Object(payload, "conversation")
            ?? throw new IngestException("conversation", "missing: a message event carries its conversation");

        // The id is checked before anything is ignored: a payload without one is malformed, private note or not.
        ChatwootConversationMapper.ReadId(conversation, ConversationPath);
        if (ChatwootMessageMapper.SkipReason(payload) is { } reason)
        {
            return new ChatwootMapping(eventName, null, reason);
        }

        var inboxName = ChatwootJson.Object(payload, "inbox") is { } inbox ? ChatwootJson.Text(inbox, "name")?.Trim() : null;
        var messageObjects = NestedMessages(conversation, ConversationPath).Prepend((payload, string.Empty));
        return new ChatwootMapping(eventName, MapChat(conversation, ConversationPath, inboxName, messageObjects), null);
    }

    /// <summary><c>Conversation#webhook_data</c>: the conversation is the payload itself (no inbox name in it).</summary>
    private static ChatwootMapping MapConversationEvent(string eventName, JsonElement payload) =>
        new(eventName, MapChat(payload, string.Empty, inboxName: null, NestedMessages(payload, string.Empty)), null);

    /// <summary>
    /// The messages a conversation object carries (Chatwoot sends its last public, non-activity message). They are
    /// mapped like any other: the same id from another event merges into one message.
    /// </summary>
    private static IEnumerable<(JsonElement Message, string Path)> NestedMessages(JsonElement conversation, string path) =>
        ChatwootJson.Items(conversation, "messages").Select((message, index) => (message, $"{path}messages[{index}]."));

    private static Chat MapChat(
        JsonElement conversation, string path, string? inboxName, IEnumerable<(JsonElement Message, string Path)> messageObjects)
    {
        // The id first, so that a payload without one is reported as such rather than for a fault in a message.
        var chatId = ChatwootConversationMapper.ReadId(conversation, path);
        var kept = messageObjects.Where(m => ChatwootMessageMapper.SkipReason(m.Message) is null).ToList();
        var messages = kept.Select(m => ChatwootMessageMapper.Map(m.Message, m.Path)).ToList();
        var csat = kept.Select(m => ChatwootMessageMapper.ReadCsat(m.Message)).FirstOrDefault(rating => rating is not null);
        return ChatwootConversationMapper.Map(conversation, path, chatId, inboxName, messages, csat);
    }
}
