using System.Globalization;
using System.Text.Json;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest.Jsonl;

/// <summary>
/// Maps QaBot's own JSON chat (DESIGN §2) onto the model, validating as it goes. Every rejection names the field as a
/// JSON path, so an import report or a 400 response tells the sender exactly what to fix.
/// </summary>
public static class TranscriptJsonParser
{
    public static Chat Parse(JsonElement root, IngestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        try
        {
            return ParseChat(root, policy);
        }
        catch (InvalidOperationException)
        {
            // Values are read through ReadString; what is left is System.Text.Json unescaping a property name it matches.
            throw new IngestException("$", BadPropertyName);
        }
    }

    /// <summary>The rejection of a record whose property names System.Text.Json cannot read as text.</summary>
    internal const string BadPropertyName = "a property name holds a lone UTF-16 surrogate escape or bytes that are not UTF-8";

    private static Chat ParseChat(JsonElement root, IngestPolicy policy)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new IngestException("$", "a chat must be a JSON object");
        }

        var channel = OptionalString(root, "channel", "channel") ?? Channels.Chat;
        if (!Channels.IsKnown(channel))
        {
            throw new IngestException("channel", $"'{channel}' is not one of {string.Join(", ", Channels.All)}");
        }

        var csat = OptionalInt(root, "csat", "csat");
        if (csat is < 1 or > 5)
        {
            throw new IngestException("csat", $"must be 1–5, got {csat}");
        }

        return new Chat
        {
            Id = RequiredId(root, "id", "id"),
            Source = OptionalKey(root, "source", "source") ?? Chat.DefaultSource,
            Channel = channel,
            Group = OptionalKey(root, "group", "group"),
            Language = OptionalKey(root, "language", "language")?.ToLowerInvariant(),
            Customer = ParseParty(root, "customer", "customer"),
            EndedAt = OptionalInstant(root, "ended_at", "ended_at", policy),
            ClosedAt = OptionalInstant(root, "closed_at", "closed_at", policy),
            Csat = csat,
            Converted = OptionalBool(root, "converted", "converted"),
            OrderValue = OptionalDecimal(root, "order_value", "order_value"),
            Tags = ParseTags(root),
            Messages = ParseMessages(root, policy),
        };
    }

    private static IReadOnlyList<ChatMessage> ParseMessages(JsonElement root, IngestPolicy policy)
    {
        if (!root.TryGetProperty("messages", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new IngestException("messages", "must be an array");
        }

        var messages = new List<ChatMessage>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            messages.Add(ParseMessage(item, $"messages[{index++}]", policy));
        }

        return ChatMerger.MergeMessages([], messages);
    }

    private static ChatMessage ParseMessage(JsonElement m, string path, IngestPolicy policy)
    {
        if (m.ValueKind != JsonValueKind.Object)
        {
            throw new IngestException(path, "a message must be a JSON object");
        }

        var fromText = OptionalString(m, "from", $"{path}.from")
            ?? throw new IngestException($"{path}.from", "is required (customer, operator, bot or system)");
        if (!SenderNames.TryParse(fromText, out var from))
        {
            throw new IngestException($"{path}.from", $"'{fromText}' is not one of customer, operator, bot, system");
        }

        var text = OptionalString(m, "text", $"{path}.text");
        if (text is null && from != Sender.System)
        {
            throw new IngestException($"{path}.text", $"is required for a {fromText} message");
        }

        return new ChatMessage
        {
            Id = RequiredId(m, "id", $"{path}.id"),
            At = OptionalInstant(m, "at", $"{path}.at", policy) ?? throw new IngestException($"{path}.at", "is required"),
            From = from,
            Text = text,
            Operator = ParseParty(m, "operator", $"{path}.operator"),
            Canned = OptionalBool(m, "canned", $"{path}.canned"),
            Event = OptionalKey(m, "event", $"{path}.event"),
        };
    }

    private static Party? ParseParty(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.Object)
        {
            throw new IngestException(path, "must be an object with id and name");
        }

        // A party without an id cannot be attributed or matched across chats; its name alone is not an identity.
        var id = OptionalId(p, "id", $"{path}.id");
        return id is null ? null : new Party(id, OptionalKey(p, "name", $"{path}.name"));
    }

    private static List<string>? ParseTags(JsonElement root)
    {
        if (!root.TryGetProperty("tags", out var tags) || tags.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (tags.ValueKind != JsonValueKind.Array)
        {
            throw new IngestException("tags", "must be an array of strings");
        }

        var list = new List<string>();
        var i = 0;
        foreach (var tag in tags.EnumerateArray())
        {
            list.Add(tag.ValueKind == JsonValueKind.String ? IngestText.CheckKey(ReadString(tag, $"tags[{i}]"), $"tags[{i}]") : throw new IngestException($"tags[{i}]", "must be a string"));
            i++;
        }

        return list;
    }

    private static string RequiredId(JsonElement e, string name, string path) =>
        OptionalId(e, name, path) ?? throw new IngestException(path, "is required");

    /// <summary>Ids are strings; numeric ids are accepted as their decimal text, since many platforms send numbers.</summary>
    private static string? OptionalId(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var id = v.ValueKind switch
        {
            JsonValueKind.String => ReadString(v, path),
            JsonValueKind.Number => v.GetRawText(),
            _ => throw new IngestException(path, "must be a string"),
        };
        return id.Length == 0 ? throw new IngestException(path, "must not be empty") : IngestText.CheckKey(id, path);
    }

    private static string? OptionalString(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? IngestText.Check(ReadString(v, path), path) : throw new IngestException(path, "must be a string");
    }

    private static string? OptionalKey(JsonElement e, string name, string path) =>
        OptionalString(e, name, path) is { } value ? IngestText.CheckKey(value, path) : null;

    /// <summary>
    /// A JSON string as .NET text. System.Text.Json refuses, when asked for the string, an escaped lone surrogate
    /// (<c>"\ud800"</c>) and invalid UTF-8 bytes: both reject the record, naming the field.
    /// </summary>
    internal static string ReadString(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new IngestException(path, System.Text.Unicode.Utf8.IsValid(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value))
                ? "contains a lone UTF-16 surrogate escape (\\ud800–\\udfff without its pair)"
                : "is not valid UTF-8");
        }
    }

    private static bool? OptionalBool(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new IngestException(path, "must be true or false"),
        };
    }

    private static int? OptionalInt(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw new IngestException(path, "must be a whole number");
    }

    private static decimal? OptionalDecimal(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) ? d : throw new IngestException(path, "must be a number");
    }

    private static DateTimeOffset? OptionalInstant(JsonElement e, string name, string path, IngestPolicy policy)
    {
        var text = OptionalString(e, name, path);
        return text is null ? null : policy.Instant(IsoInstant.Parse(text, path), path);
    }
}
