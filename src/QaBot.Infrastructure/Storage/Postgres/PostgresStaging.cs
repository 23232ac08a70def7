using Npgsql;
using NpgsqlTypes;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>Binary COPY into the staging tables, and the SQL that merges staging into the real tables (DESIGN §2 upsert).</summary>
internal static class PostgresStaging
{
    public const string MergeChats = """
        INSERT INTO chats AS c (source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at,
                                csat, converted, order_value, tags, started_at, last_message_at, message_count, updated_at)
        SELECT source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at,
               csat, converted, order_value, tags, started_at, last_message_at, message_count, @now
        FROM stage_chats
        ON CONFLICT (source, id) DO UPDATE SET
            channel = CASE WHEN excluded.channel <> 'chat' THEN excluded.channel ELSE c.channel END,
            grp = COALESCE(excluded.grp, c.grp),
            language = COALESCE(excluded.language, c.language),
            customer_id = COALESCE(excluded.customer_id, c.customer_id),
            customer_name = COALESCE(excluded.customer_name, c.customer_name),
            ended_at = COALESCE(excluded.ended_at, c.ended_at),
            closed_at = COALESCE(excluded.closed_at, c.closed_at),
            csat = COALESCE(excluded.csat, c.csat),
            converted = COALESCE(excluded.converted, c.converted),
            order_value = COALESCE(excluded.order_value, c.order_value),
            tags = COALESCE(excluded.tags, c.tags),
            revision = c.revision + 1,
            updated_at = excluded.updated_at
        RETURNING source, id, revision;
        """;

    /// <summary>Merged messages, then the derived columns of chats that already existed (new chats got them from the batch).</summary>
    public const string MergeMessagesAndRefresh = """
        INSERT INTO messages AS m (source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event)
        SELECT source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event FROM stage_messages
        ON CONFLICT (source, chat_id, id) DO UPDATE SET
            at = excluded.at,
            sender = excluded.sender,
            text = COALESCE(excluded.text, m.text),
            operator_id = COALESCE(excluded.operator_id, m.operator_id),
            operator_name = COALESCE(excluded.operator_name, m.operator_name),
            canned = COALESCE(excluded.canned, m.canned),
            event = COALESCE(excluded.event, m.event);
        UPDATE chats c SET
            started_at = COALESCE(
                (SELECT MIN(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id AND m.sender = 'customer'),
                (SELECT MIN(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id)),
            last_message_at = (SELECT MAX(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id),
            message_count = (SELECT COUNT(*) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id)
        FROM stage_chats s
        WHERE c.source = s.source AND c.id = s.id AND c.revision > 1;
        """;

    /// <summary>Copies the (already merged) chats of a batch, without their messages, into <c>stage_chats</c>.</summary>
    public static async Task CopyChatsAsync(NpgsqlConnection connection, IReadOnlyList<Chat> batch, CancellationToken cancellationToken)
    {
        await using (var chats = await connection.BeginBinaryImportAsync(
            "COPY stage_chats (source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at, csat, converted, order_value, tags, started_at, last_message_at, message_count) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var chat in batch)
            {
                chats.StartRow();
                chats.Write(chat.Source, NpgsqlDbType.Text);
                chats.Write(chat.Id, NpgsqlDbType.Text);
                chats.Write(chat.Channel, NpgsqlDbType.Text);
                WriteText(chats, chat.Group);
                WriteText(chats, chat.Language);
                WriteText(chats, chat.Customer?.Id);
                WriteText(chats, chat.Customer?.Name);
                WriteInstant(chats, chat.EndedAt);
                WriteInstant(chats, chat.ClosedAt);
                WriteNullable(chats, chat.Csat is { } csat ? (short?)csat : null, NpgsqlDbType.Smallint);
                WriteNullable(chats, chat.Converted, NpgsqlDbType.Boolean);
                WriteNullable(chats, chat.OrderValue, NpgsqlDbType.Numeric);
                WriteText(chats, EncodeTags(chat.Tags));
                var derived = Derived(chat);
                WriteInstant(chats, derived.Started);
                WriteInstant(chats, derived.Last);
                chats.Write(derived.Count, NpgsqlDbType.Integer);
            }

            await chats.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Copies the messages of <paramref name="chats"/> into <paramref name="table"/>: <c>messages</c> itself for chats
    /// this transaction created (nothing to merge with), <c>stage_messages</c> for the others. Returns how many.
    /// </summary>
    public static async Task<int> CopyMessagesAsync(NpgsqlConnection connection, string table, IEnumerable<Chat> chats, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var messages = await connection.BeginBinaryImportAsync(
            $"COPY {table} (source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var chat in chats)
        {
            foreach (var message in chat.Messages)
            {
                messages.StartRow();
                messages.Write(chat.Source, NpgsqlDbType.Text);
                messages.Write(chat.Id, NpgsqlDbType.Text);
                messages.Write(message.Id, NpgsqlDbType.Text);
                messages.Write(message.At.UtcDateTime, NpgsqlDbType.TimestampTz);
                messages.Write(message.From.ToName(), NpgsqlDbType.Text);
                WriteText(messages, message.Text);
                WriteText(messages, message.Operator?.Id);
                WriteText(messages, message.Operator?.Name);
                WriteNullable(messages, message.Canned, NpgsqlDbType.Boolean);
                WriteText(messages, message.Event);
                count++;
            }
        }

        await messages.CompleteAsync(cancellationToken);
        return count;
    }

    // Rows are written with the synchronous calls: they only fill Npgsql's buffer (a flush blocks briefly on the
    // socket), and an await per field costs more than the COPY itself. CompleteAsync sends the rest asynchronously.
    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void WriteInstant(NpgsqlBinaryImporter importer, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            importer.Write(v.UtcDateTime, NpgsqlDbType.TimestampTz);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            importer.Write(v, type);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
