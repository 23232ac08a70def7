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
                await chats.StartRowAsync(cancellationToken);
                await chats.WriteAsync(chat.Source, NpgsqlDbType.Text, cancellationToken);
                await chats.WriteAsync(chat.Id, NpgsqlDbType.Text, cancellationToken);
                await chats.WriteAsync(chat.Channel, NpgsqlDbType.Text, cancellationToken);
                await WriteTextAsync(chats, chat.Group, cancellationToken);
                await WriteTextAsync(chats, chat.Language, cancellationToken);
                await WriteTextAsync(chats, chat.Customer?.Id, cancellationToken);
                await WriteTextAsync(chats, chat.Customer?.Name, cancellationToken);
                await WriteInstantAsync(chats, chat.EndedAt, cancellationToken);
                await WriteInstantAsync(chats, chat.ClosedAt, cancellationToken);
                await WriteNullableAsync(chats, chat.Csat is { } csat ? (short?)csat : null, NpgsqlDbType.Smallint, cancellationToken);
                await WriteNullableAsync(chats, chat.Converted, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullableAsync(chats, chat.OrderValue, NpgsqlDbType.Numeric, cancellationToken);
                await WriteTextAsync(chats, EncodeTags(chat.Tags), cancellationToken);
                var derived = Derived(chat);
                await WriteInstantAsync(chats, derived.Started, cancellationToken);
                await WriteInstantAsync(chats, derived.Last, cancellationToken);
                await chats.WriteAsync(derived.Count, NpgsqlDbType.Integer, cancellationToken);
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
                await messages.StartRowAsync(cancellationToken);
                await messages.WriteAsync(chat.Source, NpgsqlDbType.Text, cancellationToken);
                await messages.WriteAsync(chat.Id, NpgsqlDbType.Text, cancellationToken);
                await messages.WriteAsync(message.Id, NpgsqlDbType.Text, cancellationToken);
                await messages.WriteAsync(message.At.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken);
                await messages.WriteAsync(message.From.ToName(), NpgsqlDbType.Text, cancellationToken);
                await WriteTextAsync(messages, message.Text, cancellationToken);
                await WriteTextAsync(messages, message.Operator?.Id, cancellationToken);
                await WriteTextAsync(messages, message.Operator?.Name, cancellationToken);
                await WriteNullableAsync(messages, message.Canned, NpgsqlDbType.Boolean, cancellationToken);
                await WriteTextAsync(messages, message.Event, cancellationToken);
                count++;
            }
        }

        await messages.CompleteAsync(cancellationToken);
        return count;
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task WriteInstantAsync(NpgsqlBinaryImporter importer, DateTimeOffset? value, CancellationToken cancellationToken) =>
        value is { } v ? importer.WriteAsync(v.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } v ? importer.WriteAsync(v, type, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
