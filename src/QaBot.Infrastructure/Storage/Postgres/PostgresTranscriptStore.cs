using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>
/// The production store. Upserts stream each batch into session-local staging tables with binary COPY and merge
/// them with one INSERT … ON CONFLICT per table, so a batch costs a handful of round trips whatever its size.
/// </summary>
public sealed class PostgresTranscriptStore : ITranscriptStore
{
    public const string Module = "transcripts";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresTranscriptStore(NpgsqlDataSource dataSource, TimeProvider time)
    {
        _dataSource = dataSource;
        _time = time;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await PostgresMigrator.MigrateAsync(_dataSource, Module, PostgresSchema.Migrations, _time, cancellationToken);

    public async Task<UpsertResult> UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return UpsertResult.Empty;
        }

        var batch = ChatMerger.MergeBatch(chats);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(PostgresSchema.StagingTables, connection, tx))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await PostgresStaging.CopyChatsAsync(connection, batch, cancellationToken);
        await using (var analyze = new NpgsqlCommand("ANALYZE stage_chats;", connection, tx))
        {
            // Fresh statistics let the planner probe the primary keys instead of scanning the growing tables.
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        // The chat rows first: a chat this transaction creates is locked by it, so no other writer can add messages to
        // it before the commit, and its messages go straight into the messages table with no merge at all.
        var created = new HashSet<ChatKey>();
        var updated = 0;
        await using (var merge = new NpgsqlCommand(PostgresStaging.MergeChats, connection, tx))
        {
            merge.Parameters.AddWithValue("now", _time.GetUtcNow().UtcDateTime);
            await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetInt64(2) == 1)
                {
                    created.Add(new ChatKey(reader.GetString(0), reader.GetString(1)));
                }
                else
                {
                    updated++;
                }
            }
        }

        var messages = await PostgresStaging.CopyMessagesAsync(connection, "messages", batch.Where(c => created.Contains(c.Key)), cancellationToken);
        if (updated > 0)
        {
            messages += await PostgresStaging.CopyMessagesAsync(connection, "stage_messages", batch.Where(c => !created.Contains(c.Key)), cancellationToken);
            await using var merge = new NpgsqlCommand("ANALYZE stage_messages;" + PostgresStaging.MergeMessagesAndRefresh, connection, tx);
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new UpsertResult(created.Count, updated, messages);
    }

    public async Task<Chat?> GetAsync(ChatKey key, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"""
            SELECT {ChatColumns}, {MessageColumns}
            FROM chats c LEFT JOIN messages m ON m.source = c.source AND m.chat_id = c.id
            WHERE c.source = @source AND c.id = @id
            ORDER BY m.at, m.id;
            """);
        command.Parameters.AddWithValue("source", key.Source);
        command.Parameters.AddWithValue("id", key.Id);
        await foreach (var chat in ReadChatsAsync(command, cancellationToken))
        {
            return chat;
        }

        return null;
    }

    public async IAsyncEnumerable<Chat> QueryAsync(ChatQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand();
        command.CommandText = QuerySql(query, query.From.UtcDateTime, query.To.UtcDateTime, (name, value) => command.Parameters.AddWithValue(name, value));
        await foreach (var chat in ReadChatsAsync(command, cancellationToken))
        {
            yield return chat;
        }
    }

    public async IAsyncEnumerable<ChatRevision> OpenChatRevisionsAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(OpenRevisionsSql);
        command.Parameters.AddWithValue("from", from.UtcDateTime);
        command.Parameters.AddWithValue("to", to.UtcDateTime);
        await foreach (var revision in ReadOpenRevisionsAsync(command, cancellationToken))
        {
            yield return revision;
        }
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT (SELECT COUNT(*) FROM chats), (SELECT COUNT(*) FROM messages);");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("""
            WITH gone AS (DELETE FROM chats WHERE last_message_at < @cutoff RETURNING source, id),
                 m AS (DELETE FROM messages USING gone WHERE messages.source = gone.source AND messages.chat_id = gone.id),
                 r AS (DELETE FROM chat_results USING gone WHERE chat_results.source = gone.source AND chat_results.chat_id = gone.id)
            SELECT COUNT(*) FROM gone;
            """);
        command.Parameters.AddWithValue("cutoff", cutoff.UtcDateTime);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async IAsyncEnumerable<Chat> ReadChatsAsync(NpgsqlCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var assembler = new ChatAssembler();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var completed = assembler.Add(ReadChat(reader), reader.IsDBNull(13) ? null : ReadMessage(reader, 13));
            if (completed is not null)
            {
                yield return completed;
            }
        }

        if (assembler.Flush() is { } last)
        {
            yield return last;
        }
    }

    private static Chat ReadChat(NpgsqlDataReader r) => new()
    {
        Source = r.GetString(0),
        Id = r.GetString(1),
        Channel = r.GetString(2),
        Group = r.IsDBNull(3) ? null : r.GetString(3),
        Language = r.IsDBNull(4) ? null : r.GetString(4),
        Customer = r.IsDBNull(5) ? null : new Party(r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)),
        EndedAt = r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
        ClosedAt = r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
        Csat = r.IsDBNull(9) ? null : r.GetInt16(9),
        Converted = r.IsDBNull(10) ? null : r.GetBoolean(10),
        OrderValue = r.IsDBNull(11) ? null : r.GetDecimal(11),
        Tags = r.IsDBNull(12) ? null : DecodeTags(r.GetString(12)),
    };

    private static ChatMessage ReadMessage(NpgsqlDataReader r, int o) => new()
    {
        Id = r.GetString(o),
        At = r.GetFieldValue<DateTimeOffset>(o + 1),
        From = SenderNames.TryParse(r.GetString(o + 2), out var sender) ? sender : Sender.System,
        Text = r.IsDBNull(o + 3) ? null : r.GetString(o + 3),
        Operator = r.IsDBNull(o + 4) ? null : new Party(r.GetString(o + 4), r.IsDBNull(o + 5) ? null : r.GetString(o + 5)),
        Canned = r.IsDBNull(o + 6) ? null : r.GetBoolean(o + 6),
        Event = r.IsDBNull(o + 7) ? null : r.GetString(o + 7),
    };
}
