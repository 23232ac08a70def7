using System.Globalization;
using Microsoft.Data.Sqlite;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Sqlite;

/// <summary>
/// Prepared statements for one upsert transaction. The merge rules of DESIGN §2 are expressed in SQL
/// (COALESCE = "newest non-null value wins") so concurrent writers cannot lose each other's fields.
/// </summary>
internal sealed class SqliteChatWriter : IDisposable
{
    private readonly SqliteCommand _chat;
    private readonly SqliteCommand _message;
    private readonly SqliteCommand _derived;

    public SqliteChatWriter(SqliteConnection connection, SqliteTransaction tx)
    {
        _chat = Prepare(connection, tx, $"""
            INSERT INTO chats AS c (source, id, channel, grp, language, customer_id, customer_name, ended_at, closed_at,
                               csat, converted, order_value, tags, updated_at, started_at, last_message_at, message_count)
            VALUES ($source, $id, $channel, $grp, $language, $customer_id, $customer_name, $ended_at, $closed_at,
                    $csat, $converted, $order_value, $tags, $now, $started_at, $last_message_at, $message_count)
            ON CONFLICT (source, id) DO UPDATE SET
                {ChatMergeSet}
            {ChatChangedWhere}
            RETURNING revision;
            """, "$source", "$id", "$channel", "$grp", "$language", "$customer_id", "$customer_name", "$ended_at",
            "$closed_at", "$csat", "$converted", "$order_value", "$tags", "$now", "$started_at", "$last_message_at", "$message_count");
        _message = Prepare(connection, tx, $"""
            INSERT INTO messages AS m (source, chat_id, id, at, sender, text, operator_id, operator_name, canned, event)
            VALUES ($source, $chat_id, $id, $at, $sender, $text, $operator_id, $operator_name, $canned, $event)
            ON CONFLICT (source, chat_id, id) DO UPDATE SET
                {MessageMergeSet}
            {MessageChangedWhere};
            """, "$source", "$chat_id", "$id", "$at", "$sender", "$text", "$operator_id", "$operator_name", "$canned", "$event");
        _derived = Prepare(connection, tx, """
            UPDATE chats SET
                started_at = COALESCE(
                    (SELECT MIN(at) FROM messages m WHERE m.source = $source AND m.chat_id = $id AND m.sender = 'customer'),
                    (SELECT MIN(at) FROM messages m WHERE m.source = $source AND m.chat_id = $id)),
                last_message_at = (SELECT MAX(at) FROM messages m WHERE m.source = $source AND m.chat_id = $id),
                message_count = (SELECT COUNT(*) FROM messages m WHERE m.source = $source AND m.chat_id = $id),
                revision = revision + $bump,
                updated_at = $now
            WHERE source = $source AND id = $id;
            """, "$source", "$id", "$bump", "$now");
    }

    /// <summary>
    /// Writes the chat row: <see cref="ChatWrite.Created"/> (its derived columns are then already exact),
    /// <see cref="ChatWrite.Updated"/> when the merge changed a field (revision bumped), <see cref="ChatWrite.Unchanged"/>
    /// when it changed none (nothing written). Call <see cref="RefreshDerived"/> after the messages of a chat that existed.
    /// </summary>
    public ChatWrite UpsertChat(Chat chat, long nowMicros)
    {
        var p = _chat.Parameters;
        p[0].Value = chat.Source;
        p[1].Value = chat.Id;
        p[2].Value = chat.Channel;
        p[3].Value = Db(chat.Group);
        p[4].Value = Db(chat.Language);
        p[5].Value = Db(chat.Customer?.Id);
        p[6].Value = Db(chat.Customer?.Name);
        p[7].Value = chat.EndedAt is { } ended ? ToMicros(ended) : DBNull.Value;
        p[8].Value = chat.ClosedAt is { } closed ? ToMicros(closed) : DBNull.Value;
        p[9].Value = chat.Csat is { } csat ? csat : DBNull.Value;
        p[10].Value = chat.Converted is { } converted ? (converted ? 1 : 0) : DBNull.Value;
        p[11].Value = chat.OrderValue is { } value ? value.ToString(CultureInfo.InvariantCulture) : DBNull.Value;
        p[12].Value = Db(EncodeTags(chat.Tags));
        p[13].Value = nowMicros;
        var (started, last, count) = Derived(chat);
        p[14].Value = started is { } s ? ToMicros(s) : DBNull.Value;
        p[15].Value = last is { } l ? ToMicros(l) : DBNull.Value;
        p[16].Value = count;
        return _chat.ExecuteScalar() switch
        {
            null => ChatWrite.Unchanged,
            var revision when Convert.ToInt64(revision, CultureInfo.InvariantCulture) == 1 => ChatWrite.Created,
            _ => ChatWrite.Updated,
        };
    }

    /// <summary>Inserts or merges a message; false when it was stored exactly so already (nothing written).</summary>
    public bool UpsertMessage(ChatKey chat, ChatMessage message)
    {
        var p = _message.Parameters;
        p[0].Value = chat.Source;
        p[1].Value = chat.Id;
        p[2].Value = message.Id;
        p[3].Value = ToMicros(message.At);
        p[4].Value = message.From.ToName();
        p[5].Value = Db(message.Text);
        p[6].Value = Db(message.Operator?.Id);
        p[7].Value = Db(message.Operator?.Name);
        p[8].Value = message.Canned is { } canned ? (canned ? 1 : 0) : DBNull.Value;
        p[9].Value = Db(message.Event);
        return _message.ExecuteNonQuery() > 0;
    }

    /// <summary>Recomputes the derived columns of a chat that existed; <paramref name="bumpRevision"/> when only its messages changed.</summary>
    public void RefreshDerived(ChatKey chat, bool bumpRevision, long nowMicros)
    {
        _derived.Parameters[0].Value = chat.Source;
        _derived.Parameters[1].Value = chat.Id;
        _derived.Parameters[2].Value = bumpRevision ? 1 : 0;
        _derived.Parameters[3].Value = nowMicros;
        _derived.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _chat.Dispose();
        _message.Dispose();
        _derived.Dispose();
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
