using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>COPY into the staging (or, for new chats, the real) tables, and the SQL that merges staging into the real tables (DESIGN §2 upsert).</summary>
internal static class PostgresStaging
{
    /// <summary>The chat columns of a batch, as both row sources (staging table, parameter arrays) provide them.</summary>
    public const string ChatRowColumns =
        "source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at, csat, converted, order_value, tags, started_at, last_message_at, message_count";

    public const string MessageRowColumns = "source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event";

    /// <summary>
    /// Merges chat rows from <paramref name="rows"/> (a table or set-returning expression with <see cref="ChatRowColumns"/>).
    /// Returns a row for each chat created (revision 1) or changed (revision &gt; 1); a chat posted again unchanged
    /// returns none and is not written, though it is locked like the others until the commit.
    /// </summary>
    public static string MergeChats(string rows) => $"""
        INSERT INTO chats AS c ({ChatRowColumns}, updated_at)
        SELECT {ChatRowColumns}, @now FROM {rows}
        ON CONFLICT (source, id) DO UPDATE SET
            {ChatMergeSet}
        {ChatChangedWhere}
        RETURNING source, id, revision;
        """;

    /// <summary>Merges message rows from <paramref name="rows"/>; returns the chat of each message inserted or changed.</summary>
    public static string MergeMessages(string rows) => $"""
        INSERT INTO messages AS m ({MessageRowColumns})
        SELECT {MessageRowColumns} FROM {rows}
        ON CONFLICT (source, chat_id, id) DO UPDATE SET
            {MessageMergeSet}
        {MessageChangedWhere}
        RETURNING source, chat_id;
        """;

    /// <summary>
    /// The derived columns of chats that existed and changed (new chats got them from the batch), from their stored
    /// messages; the revision grows for those whose messages changed but whose row did not (the row merge bumped the rest).
    /// </summary>
    public const string RefreshChanged = """
        UPDATE chats c SET
            started_at = COALESCE(
                (SELECT MIN(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id AND m.sender = 'customer'),
                (SELECT MIN(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id)),
            last_message_at = (SELECT MAX(m.at) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id),
            message_count = (SELECT COUNT(*) FROM messages m WHERE m.source = c.source AND m.chat_id = c.id),
            revision = c.revision + CASE WHEN k.bump THEN 1 ELSE 0 END,
            updated_at = @now
        FROM unnest(@sources, @ids, @bumps) AS k(source, id, bump)
        WHERE c.source = k.source AND c.id = k.id;
        """;

    /// <summary>Copies the (already merged) chats of a batch, without their messages, into <c>stage_chats</c>.</summary>
    public static async Task CopyChatsAsync(NpgsqlConnection connection, IReadOnlyList<Chat> batch, CancellationToken cancellationToken)
    {
        await using (var chats = await connection.BeginBinaryImportAsync(
            $"COPY stage_chats ({ChatRowColumns}) FROM STDIN (FORMAT BINARY)",
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
    /// Messages are the bulk of an import, so they go in COPY's text format, which costs the client far less per value
    /// than the binary importer (and is what <c>\copy</c> itself sends).
    /// </summary>
    public static async Task<int> CopyMessagesAsync(NpgsqlConnection connection, string table, IEnumerable<Chat> chats, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = await connection.BeginTextImportAsync(
            $"COPY {table} ({MessageRowColumns}) FROM STDIN",
            cancellationToken);
        var row = new StringBuilder(256);
        foreach (var chat in chats)
        {
            foreach (var message in chat.Messages)
            {
                row.Clear();
                AppendText(row, chat.Source).Append('\t');
                AppendText(row, chat.Id).Append('\t');
                AppendText(row, message.Id).Append('\t');
                row.Append(message.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff'+00'", CultureInfo.InvariantCulture)).Append('\t');
                row.Append(message.From.ToName()).Append('\t');
                AppendText(row, message.Text).Append('\t');
                AppendText(row, message.Operator?.Id).Append('\t');
                AppendText(row, message.Operator?.Name).Append('\t');
                row.Append(message.Canned switch { true => "t", false => "f", null => "\\N" }).Append('\t');
                AppendText(row, message.Event).Append('\n');
                writer.Write(row);
                count++;
            }
        }

        return count;
    }

    /// <summary>A value in COPY's text format: <c>\N</c> for null; backslash, tab, newline and carriage return escaped.</summary>
    private static StringBuilder AppendText(StringBuilder row, string? value)
    {
        if (value is null)
        {
            return row.Append("\\N");
        }

        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = value[i] switch { '\\' => "\\\\", '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", _ => null };
            if (escape is not null)
            {
                row.Append(value, start, i - start).Append(escape);
                start = i + 1;
            }
        }

        return row.Append(value, start, value.Length - start);
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
