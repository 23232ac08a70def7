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

    public static string? EncodeTags(IReadOnlyList<string>? tags) =>
        tags is null ? null : JsonSerializer.Serialize(tags);

    public static IReadOnlyList<string>? DecodeTags(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<string>>(json);

    /// <summary>SQLite keeps instants as microseconds since the Unix epoch (UTC): sortable, exact, compact.</summary>
    public static long ToMicros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * 10), TimeSpan.Zero);
}
