using System.Text.Json;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// Maps a Chatwoot conversation object (<c>Conversations::EventDataPresenter#push_data</c>: the whole payload of the
/// <c>conversation_*</c> events, and <c>conversation</c> inside <c>message_*</c> events) onto the chat-level fields.
/// </summary>
internal static class ChatwootConversationMapper
{
    private const string TransferEvent = "transfer";

    /// <summary>
    /// The chat id: the conversation id Chatwoot shows in its dashboard and URLs. Upstream Chatwoot puts that number
    /// (the per-account <c>display_id</c>) in <c>id</c> of every conversation payload and in <c>conversation_id</c> of
    /// nested messages; a few forks send the table key in <c>id</c> and add <c>display_id</c>, so an explicit
    /// <c>display_id</c> wins. Either way all four events agree on the id of one conversation.
    /// </summary>
    public static string ReadId(JsonElement conversation, string path) =>
        ChatwootJson.Id(conversation, "display_id", path + "display_id")
        ?? ChatwootJson.Id(conversation, "id", path + "id")
        ?? throw new IngestException(path + "id", "missing: the conversation id identifies the chat");

    /// <param name="conversation">The conversation object.</param>
    /// <param name="path">Its JSON path prefix (<c>""</c> or <c>conversation.</c>) for error fields.</param>
    /// <param name="chatId">The conversation id read by <see cref="ReadId"/>.</param>
    /// <param name="inboxName">The inbox name where the payload has one (only <c>message_*</c> events do).</param>
    /// <param name="messages">The messages already mapped from the payload.</param>
    /// <param name="csat">A CSAT rating found in the payload's messages.</param>
    public static Chat Map(
        JsonElement conversation, string path, string chatId, string? inboxName, IEnumerable<ChatMessage> messages, int? csat)
    {
        var meta = ChatwootJson.Object(conversation, "meta");
        var transfer = ReadTransfer(conversation, meta, path);
        return new Chat
        {
            Id = chatId,
            Source = ChatwootWebhookMapper.Source,
            Channel = ChatwootChannelMap.ToChannel(
                ChatwootJson.Text(conversation, "channel") ?? (meta is { } m ? ChatwootJson.Text(m, "channel") : null)),
            Group = ReadTeamName(meta) ?? inboxName,
            Language = ChatwootLanguage.Read(conversation, meta),
            Customer = ReadCustomer(conversation, meta, path),
            EndedAt = ReadEndedAt(conversation, path),
            Csat = csat,
            Tags = ReadLabels(conversation),
            Messages = ChatMerger.MergeMessages([], transfer is null ? messages : messages.Append(transfer)),
        };
    }

    private static string? ReadTeamName(JsonElement? meta) =>
        meta is { } m && ChatwootJson.Object(m, "team") is { } team ? ChatwootJson.Text(team, "name")?.Trim() : null;

    /// <summary>The contact: <c>meta.sender</c>, or just its id from <c>contact_inbox</c> when the meta is missing.</summary>
    private static Party? ReadCustomer(JsonElement conversation, JsonElement? meta, string path)
    {
        if (meta is { } m && ChatwootJson.Object(m, "sender") is { } sender
            && ChatwootJson.Id(sender, "id", path + "meta.sender.id") is { } id)
        {
            return new Party(id, ChatwootJson.Text(sender, "name")?.Trim());
        }

        return ChatwootJson.Object(conversation, "contact_inbox") is { } contactInbox
            && ChatwootJson.Id(contactInbox, "contact_id", path + "contact_inbox.contact_id") is { } contactId
                ? new Party(contactId)
                : null;
    }

    /// <summary>Labels become tags; a present but empty list clears them, an absent one leaves them as they were.</summary>
    private static IReadOnlyList<string>? ReadLabels(JsonElement conversation) =>
        ChatwootJson.Value(conversation, "labels") is { ValueKind: JsonValueKind.Array } labels
            ? [.. labels.EnumerateArray()
                .Where(label => label.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(label.GetString()))
                .Select(label => label.GetString()!.Trim())
                .Distinct(StringComparer.Ordinal)]
            : null;

    /// <summary>
    /// DESIGN §2: a <c>resolved</c> conversation has ended. The end is the moment the status changed when the event
    /// reports it (<c>changed_attributes.updated_at</c>), else the conversation's last activity, which the resolve
    /// activity message and the CSAT survey set; <c>updated_at</c> comes last because any later edit touches it.
    /// A reopened conversation cannot clear <c>ended_at</c> under upsert (the newest non-null value wins); its next
    /// resolution moves <c>ended_at</c> forward instead.
    /// </summary>
    private static DateTimeOffset? ReadEndedAt(JsonElement conversation, string path)
    {
        if (!string.Equals(ChatwootJson.Text(conversation, "status")?.Trim(), "resolved", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (ChatwootChangedAttributes.StatusChangedTo(conversation, "resolved")
                ? ChatwootChangedAttributes.ChangedAt(conversation, path)
                : null)
            ?? LastActivity(conversation, path)
            ?? ChatwootJson.Time(conversation, "updated_at", path + "updated_at");
    }

    private static DateTimeOffset? LastActivity(JsonElement conversation, string path) =>
        ChatwootJson.Time(conversation, "last_activity_at", path + "last_activity_at")
        ?? ChatwootJson.Time(conversation, "timestamp", path + "timestamp");

    /// <summary>
    /// A transfer (DESIGN §2 system message, event <c>transfer</c>): the event reports the assignee changing from one
    /// agent to another. A first assignment or an unassignment is not a transfer. The message id is derived from the
    /// change time, so a redelivered event yields the same message.
    /// </summary>
    private static ChatMessage? ReadTransfer(JsonElement conversation, JsonElement? meta, string path)
    {
        if (!ChatwootChangedAttributes.TryGet(conversation, "assignee_id", out var previous, out var current))
        {
            return null;
        }

        var field = path + "changed_attributes.assignee_id";
        var from = ChatwootJson.IdOf(previous, field + ".previous_value");
        var to = ChatwootJson.IdOf(current, field + ".current_value");
        if (from is null || to is null || from == to)
        {
            return null;
        }

        var at = ChatwootChangedAttributes.ChangedAt(conversation, path)
            ?? ChatwootJson.Time(conversation, "updated_at", path + "updated_at")
            ?? LastActivity(conversation, path);
        if (at is not { } when)
        {
            return null;
        }

        var assignee = meta is { } m ? ChatwootJson.Object(m, "assignee") : null;
        var name = assignee is { } a && ChatwootJson.Id(a, "id", path + "meta.assignee.id") == to
            ? ChatwootJson.Text(a, "name")?.Trim()
            : null;
        return new ChatMessage
        {
            Id = $"transfer-{when.ToUnixTimeSeconds()}",
            At = when,
            From = Sender.System,
            Event = TransferEvent,
            Operator = new Party(to, name),
        };
    }
}
