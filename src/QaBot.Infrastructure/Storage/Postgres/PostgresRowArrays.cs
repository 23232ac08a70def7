using Npgsql;
using NpgsqlTypes;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>
/// The rows of a small batch (a live chat posted over HTTP, a webhook) as parameter arrays that <c>unnest</c> turns into
/// rows: the same merge SQL as the staging tables, without their DDL, so a request is a few prepared statements and
/// leaves no temporary table behind (creating them on every request cost a third of the time and bloated the catalog).
/// </summary>
internal static class PostgresRowArrays
{
    public const string ChatRows = """
        unnest(@c_source, @c_id, @c_channel, @c_grp, @c_language, @c_customer_id, @c_customer_name, @c_ended_at,
               @c_closed_at, @c_csat, @c_converted, @c_order_value, @c_tags, @c_started_at, @c_last_message_at, @c_message_count)
        AS s (source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at, csat, converted,
              order_value, tags, started_at, last_message_at, message_count)
        """;

    public const string MessageRows = """
        unnest(@m_source, @m_chat_id, @m_id, @m_at, @m_sender, @m_text, @m_operator_id, @m_operator_name, @m_canned, @m_event)
        AS s (source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event)
        """;

    public static void AddChats(NpgsqlCommand command, IReadOnlyList<Chat> batch)
    {
        var derived = batch.Select(Derived).ToArray();
        var p = command.Parameters;
        p.Add(Text("c_source", batch.Select(c => c.Source)));
        p.Add(Text("c_id", batch.Select(c => c.Id)));
        p.Add(Text("c_channel", batch.Select(c => c.Channel)));
        p.Add(Text("c_grp", batch.Select(c => c.Group)));
        p.Add(Text("c_language", batch.Select(c => c.Language)));
        p.Add(Text("c_customer_id", batch.Select(c => c.Customer?.Id)));
        p.Add(Text("c_customer_name", batch.Select(c => c.Customer?.Name)));
        p.Add(Instants("c_ended_at", batch.Select(c => c.EndedAt)));
        p.Add(Instants("c_closed_at", batch.Select(c => c.ClosedAt)));
        p.Add(Array("c_csat", NpgsqlDbType.Smallint, batch.Select(c => c.Csat is { } csat ? (short?)csat : null)));
        p.Add(Array("c_converted", NpgsqlDbType.Boolean, batch.Select(c => c.Converted)));
        p.Add(Array("c_order_value", NpgsqlDbType.Numeric, batch.Select(c => c.OrderValue)));
        p.Add(Text("c_tags", batch.Select(c => EncodeTags(c.Tags))));
        p.Add(Instants("c_started_at", derived.Select(d => d.Started)));
        p.Add(Instants("c_last_message_at", derived.Select(d => d.Last)));
        p.Add(Array("c_message_count", NpgsqlDbType.Integer, derived.Select(d => d.Count)));
    }

    /// <summary>The messages of <paramref name="chats"/> as arrays; returns how many.</summary>
    public static int AddMessages(NpgsqlCommand command, IEnumerable<Chat> chats)
    {
        var rows = chats.SelectMany(c => c.Messages.Select(m => (Chat: c, Message: m))).ToArray();
        var p = command.Parameters;
        p.Add(Text("m_source", rows.Select(r => r.Chat.Source)));
        p.Add(Text("m_chat_id", rows.Select(r => r.Chat.Id)));
        p.Add(Text("m_id", rows.Select(r => r.Message.Id)));
        p.Add(Instants("m_at", rows.Select(r => (DateTimeOffset?)r.Message.At)));
        p.Add(Text("m_sender", rows.Select(r => r.Message.From.ToName())));
        p.Add(Text("m_text", rows.Select(r => r.Message.Text)));
        p.Add(Text("m_operator_id", rows.Select(r => r.Message.Operator?.Id)));
        p.Add(Text("m_operator_name", rows.Select(r => r.Message.Operator?.Name)));
        p.Add(Array("m_canned", NpgsqlDbType.Boolean, rows.Select(r => r.Message.Canned)));
        p.Add(Text("m_event", rows.Select(r => r.Message.Event)));
        return rows.Length;
    }

    private static NpgsqlParameter Text(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter Instants(string name, IEnumerable<DateTimeOffset?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = values.Select(v => v?.UtcDateTime).ToArray() };

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
