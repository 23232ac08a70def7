using System.Text.Json;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// Maps one Chatwoot message object onto a <see cref="ChatMessage"/> (DESIGN §2, Chatwoot webhooks). It reads both
/// shapes Chatwoot sends: the top level of <c>message_created</c> (<c>Message#webhook_data</c>: <c>message_type</c> as
/// <c>"incoming"</c>, ISO <c>created_at</c>, <c>sender.type</c> <c>"user"</c>) and the entries of
/// <c>conversation.messages</c> (<c>Message#push_event_data</c>: <c>message_type</c> 0–3, epoch <c>created_at</c>,
/// <c>sender_type</c> <c>"User"</c>).
/// </summary>
internal static class ChatwootMessageMapper
{
    private enum MessageType
    {
        Incoming,
        Outgoing,
        Activity,
        Template,
    }

    /// <summary>Why a message stays out of the transcript, or null when it belongs in it.</summary>
    public static string? SkipReason(JsonElement message)
    {
        if (ChatwootJson.IsTrue(message, "private"))
        {
            return "private note: internal to the agents, never seen by the customer";
        }

        // A deleted message's content is replaced by a placeholder; the transcript keeps what was actually sent.
        return ChatwootJson.Object(message, "content_attributes") is { } attributes && ChatwootJson.IsTrue(attributes, "deleted")
            ? "deleted message: the transcript keeps the text that was sent"
            : null;
    }

    /// <param name="path">JSON path prefix of the message, e.g. <c>conversation.messages[0].</c>, for error fields.</param>
    public static ChatMessage Map(JsonElement message, string path)
    {
        var id = ChatwootJson.Id(message, "id", path + "id") ?? throw new IngestException(path + "id", "missing");
        var at = ChatwootJson.Time(message, "created_at", path + "created_at")
            ?? throw new IngestException(path + "created_at", "missing");
        var type = ReadMessageType(message, path + "message_type");
        return type switch
        {
            MessageType.Incoming => new ChatMessage { Id = id, At = at, From = Sender.Customer, Text = ReadText(message) },
            MessageType.Outgoing when IsHumanReply(message) =>
                new ChatMessage { Id = id, At = at, From = Sender.Operator, Text = ReadText(message), Operator = ReadAuthor(message, path) },
            MessageType.Outgoing or MessageType.Template =>
                new ChatMessage { Id = id, At = at, From = Sender.Bot, Text = ReadText(message) },
            // Activity texts are localised and do not say whether an earlier agent was replaced, so transfers are
            // taken from changed_attributes.assignee_id instead (see ChatwootConversationMapper).
            _ => new ChatMessage { Id = id, At = at, From = Sender.System, Text = ChatwootJson.Text(message, "content"), Event = "activity" },
        };
    }

    /// <summary>The rating (1–5) of an answered CSAT survey message, or null.</summary>
    public static int? ReadCsat(JsonElement message)
    {
        var response = ChatwootJson.Object(message, "content_attributes") is { } attributes
            && ChatwootJson.Object(attributes, "submitted_values") is { } submitted
                ? ChatwootJson.Object(submitted, "csat_survey_response")
                : null;
        if (response is not { } survey || ChatwootJson.Value(survey, "rating") is not { } rating)
        {
            return null;
        }

        var value = rating.ValueKind switch
        {
            JsonValueKind.Number when rating.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(rating.GetString(), out var number) => number,
            _ => (int?)null,
        };
        return value is >= 1 and <= 5 ? value : null;
    }

    private static MessageType ReadMessageType(JsonElement message, string field)
    {
        var value = ChatwootJson.Value(message, "message_type") ?? throw new IngestException(field, "missing");
        var name = value.ValueKind switch
        {
            JsonValueKind.Number or JsonValueKind.String => value.ToString().Trim().ToLowerInvariant(),
            _ => null,
        };
        return name switch
        {
            "0" or "incoming" => MessageType.Incoming,
            "1" or "outgoing" => MessageType.Outgoing,
            "2" or "activity" => MessageType.Activity,
            "3" or "template" => MessageType.Template,
            _ => throw new IngestException(field, $"unknown message type {value.GetRawText()} (expected incoming, outgoing, activity, template or 0-3)"),
        };
    }

    /// <summary>
    /// An outgoing message is an operator's only when a user (agent) wrote it and no automation sent it. Agent bots,
    /// Captain assistants, automation rules (<c>content_attributes.automation_rule_id</c>, no sender) and campaigns
    /// (<c>additional_attributes.campaign_id</c>, sent in an agent's name) are bots: they never count as a response.
    /// </summary>
    private static bool IsHumanReply(JsonElement message)
    {
        var automated = (ChatwootJson.Object(message, "content_attributes") is { } content
                && ChatwootJson.Value(content, "automation_rule_id") is not null)
            || (ChatwootJson.Object(message, "additional_attributes") is { } additional
                && ChatwootJson.Value(additional, "campaign_id") is not null);
        return !automated && IsUserSender(message);
    }

    private static bool IsUserSender(JsonElement message)
    {
        // Top level: sender.type "user" | "agent_bot" | "captain_assistant" (recent releases send contacts without a type).
        // Nested: sender_type "User" | "AgentBot" | "Captain::Assistant" | "Contact", plus sender.type as above.
        var type = (ChatwootJson.Object(message, "sender") is { } sender ? ChatwootJson.Text(sender, "type") : null)
            ?? ChatwootJson.Text(message, "sender_type");
        return string.Equals(type?.Trim(), "user", StringComparison.OrdinalIgnoreCase);
    }

    private static Party? ReadAuthor(JsonElement message, string path)
    {
        var sender = ChatwootJson.Object(message, "sender");
        var id = (sender is { } withId ? ChatwootJson.Id(withId, "id", path + "sender.id") : null)
            ?? ChatwootJson.Id(message, "sender_id", path + "sender_id");
        if (id is null)
        {
            return null;
        }

        // "name" is in both shapes (available_name only in the nested one), so every delivery names the agent alike.
        var name = sender is { } named ? ChatwootJson.Text(named, "name") ?? ChatwootJson.Text(named, "available_name") : null;
        return new Party(id, name);
    }

    /// <summary>
    /// The content verbatim (HTML, markdown and entities included). Attachment-only messages have no content; they get
    /// a placeholder naming the attachment types so that the message still has the text DESIGN §2 requires.
    /// </summary>
    private static string ReadText(JsonElement message)
    {
        if (ChatwootJson.Text(message, "content") is { } content)
        {
            return content;
        }

        var kinds = ChatwootJson.Items(message, "attachments")
            .Select(attachment => ChatwootJson.Text(attachment, "file_type")?.Trim() ?? "file")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return kinds.Count > 0 ? $"[attachment: {string.Join(", ", kinds)}]" : string.Empty;
    }
}
