using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// Reads <c>changed_attributes</c> of <c>conversation_updated</c> / <c>conversation_status_changed</c>. Chatwoot sends
/// it as an array of one-key objects, <c>[{"status": {"previous_value": "open", "current_value": "resolved"}}]</c>;
/// a plain object keyed by attribute is accepted too.
/// </summary>
internal static class ChatwootChangedAttributes
{
    private const string PropertyName = "changed_attributes";

    /// <summary>The previous and current value of one changed attribute; either is <c>default</c> when not given.</summary>
    public static bool TryGet(JsonElement conversation, string attribute, out JsonElement previous, out JsonElement current)
    {
        previous = default;
        current = default;
        if (ChatwootJson.Value(conversation, PropertyName) is not { } changes)
        {
            return false;
        }

        var change = changes.ValueKind switch
        {
            JsonValueKind.Array => changes.EnumerateArray().Select(item => ChatwootJson.Object(item, attribute)).FirstOrDefault(c => c is not null),
            JsonValueKind.Object => ChatwootJson.Object(changes, attribute),
            _ => null,
        };
        if (change is not { } found)
        {
            return false;
        }

        previous = ChatwootJson.Value(found, "previous_value") ?? default;
        current = ChatwootJson.Value(found, "current_value") ?? default;
        return true;
    }

    /// <summary>When the change this event reports was saved: the new <c>updated_at</c>, if the event lists it.</summary>
    public static DateTimeOffset? ChangedAt(JsonElement conversation, string path) =>
        TryGet(conversation, "updated_at", out _, out var current)
            ? ChatwootJson.TimeOf(current, $"{path}{PropertyName}.updated_at.current_value")
            : null;

    /// <summary>Whether this event reports the conversation's status changing to <paramref name="status"/>.</summary>
    public static bool StatusChangedTo(JsonElement conversation, string status) =>
        TryGet(conversation, "status", out _, out var current)
        && current.ValueKind == JsonValueKind.String
        && string.Equals(current.GetString(), status, StringComparison.OrdinalIgnoreCase);
}
