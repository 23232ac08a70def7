using System.Text.Json;

namespace QaBot.Infrastructure.Storage;

/// <summary>Column encodings shared by the SQLite and PostgreSQL adapters.</summary>
internal static class StorageConventions
{
    /// <summary>Sorted columns of the chat read query; both adapters select exactly these, in this order.</summary>
    public const string ChatColumns =
        "c.source, c.id, c.channel, c.grp, c.language, c.customer_id, c.customer_name, c.ended_at, c.closed_at, " +
        "c.csat, c.converted, c.order_value, c.tags";

    public const string MessageColumns =
        "m.id, m.at, m.sender, m.text, m.operator_id, m.operator_name, m.canned, m.event";

    /// <summary>
    /// The derived columns of a chat from its own messages: start (first customer message, else first message), last
    /// message time and count. Exact for a chat written for the first time; merged chats are recomputed in SQL.
    /// </summary>
    public static (DateTimeOffset? Started, DateTimeOffset? Last, int Count) Derived(QaBot.Core.Transcripts.Chat chat)
    {
        var messages = chat.Messages;
        if (messages.Count == 0)
        {
            return (null, null, 0);
        }

        var firstCustomer = messages.FirstOrDefault(m => m.From == QaBot.Core.Transcripts.Sender.Customer);
        return ((firstCustomer ?? messages[0]).At, messages.Max(m => m.At), messages.Count);
    }

    public static string? EncodeTags(IReadOnlyList<string>? tags) =>
        tags is null ? null : JsonSerializer.Serialize(tags);

    public static IReadOnlyList<string>? DecodeTags(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<string>>(json);

    /// <summary>SQLite keeps instants as microseconds since the Unix epoch (UTC): sortable, exact, compact.</summary>
    public static long ToMicros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * 10), TimeSpan.Zero);
}
