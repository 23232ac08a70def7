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
    private readonly Action<ChatKey> _skipped;

    public PostgresTranscriptStore(NpgsqlDataSource dataSource, TimeProvider time, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        _dataSource = dataSource;
        _time = time;
        _skipped = StoredInstants.Reporter(logger);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken) =>
        await PostgresMigrator.MigrateAsync(_dataSource, Module, PostgresSchema.Migrations, _time, cancellationToken);

    /// <summary>
    /// A batch with at most this many messages (a live chat posted over HTTP, a webhook) is merged from parameter arrays;
    /// a larger one (an import batch) through COPY into staging tables, which costs more per batch and less per row.
    /// </summary>
    public const int ArrayBatchMessages = 500;

    public async Task<UpsertResult> UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return UpsertResult.Empty;
        }

        var batch = ChatMerger.MergeBatch(chats);
        var now = _time.GetUtcNow().UtcDateTime;
        var small = batch.Sum(c => c.Messages.Count) <= ArrayBatchMessages;
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);

        // The chat rows first: a chat this transaction creates is locked by it, so no other writer can add messages to
        // it before the commit, and in a large batch its messages go straight into the messages table with no merge.
        await using var mergeChats = new NpgsqlCommand(null, connection, tx);
        if (small)
        {
            mergeChats.CommandText = PostgresStaging.MergeChats(PostgresRowArrays.ChatRows);
            PostgresRowArrays.AddChats(mergeChats, batch);
        }
        else
        {
            await using (var create = new NpgsqlCommand(PostgresSchema.StagingTables, connection, tx))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await PostgresStaging.CopyChatsAsync(connection, batch, cancellationToken);
            await AnalyzeAsync(connection, tx, "stage_chats", cancellationToken);
            mergeChats.CommandText = PostgresStaging.MergeChats("stage_chats");
        }

        mergeChats.Parameters.AddWithValue("now", now);
        var (created, rowChanged) = await ReadChatMergeAsync(mergeChats, small, cancellationToken);

        int messages;
        var messagesChanged = new HashSet<ChatKey>();
        var existing = batch.Where(c => !created.Contains(c.Key)).ToList();
        if (small)
        {
            await using var merge = new NpgsqlCommand(PostgresStaging.MergeMessages(PostgresRowArrays.MessageRows), connection, tx);
            PostgresRowArrays.AddMessages(merge, batch);
            await merge.PrepareAsync(cancellationToken);
            messages = await ReadChangedChatsAsync(merge, messagesChanged, cancellationToken);
        }
        else
        {
            messages = await PostgresStaging.CopyMessagesAsync(connection, "messages", batch.Where(c => created.Contains(c.Key)), cancellationToken);
            if (existing.Count > 0)
            {
                await PostgresStaging.CopyMessagesAsync(connection, "stage_messages", existing, cancellationToken);
                await AnalyzeAsync(connection, tx, "stage_messages", cancellationToken);
                await using var merge = new NpgsqlCommand(PostgresStaging.MergeMessages("stage_messages"), connection, tx);
                messages += await ReadChangedChatsAsync(merge, messagesChanged, cancellationToken);
            }
        }

        messagesChanged.ExceptWith(created);
        var changed = existing.Where(c => rowChanged.Contains(c.Key) || messagesChanged.Contains(c.Key)).ToList();
        if (changed.Count > 0)
        {
            await using var refresh = new NpgsqlCommand(PostgresStaging.RefreshChanged, connection, tx);
            refresh.Parameters.AddWithValue("sources", changed.Select(c => c.Source).ToArray());
            refresh.Parameters.AddWithValue("ids", changed.Select(c => c.Id).ToArray());
            refresh.Parameters.AddWithValue("bumps", changed.Select(c => !rowChanged.Contains(c.Key)).ToArray());
            refresh.Parameters.AddWithValue("now", now);
            await refresh.PrepareAsync(cancellationToken);
            await refresh.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new UpsertResult(created.Count, changed.Count, messages, existing.Count - changed.Count);
    }

    /// <summary>The chats the row merge created (revision 1) and those whose row it changed.</summary>
    private static async Task<(HashSet<ChatKey> Created, HashSet<ChatKey> Changed)> ReadChatMergeAsync(
        NpgsqlCommand merge, bool prepare, CancellationToken cancellationToken)
    {
        if (prepare)
        {
            await merge.PrepareAsync(cancellationToken);
        }

        var created = new HashSet<ChatKey>();
        var changed = new HashSet<ChatKey>();
        await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            (reader.GetInt64(2) == 1 ? created : changed).Add(new ChatKey(reader.GetString(0), reader.GetString(1)));
        }

        return (created, changed);
    }

    /// <summary>Runs a message merge; adds the chat of every message written to <paramref name="chats"/> and returns how many were written.</summary>
    private static async Task<int> ReadChangedChatsAsync(NpgsqlCommand merge, HashSet<ChatKey> chats, CancellationToken cancellationToken)
    {
        var written = 0;
        await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            chats.Add(new ChatKey(reader.GetString(0), reader.GetString(1)));
            written++;
        }

        return written;
    }

    /// <summary>Fresh statistics of a staging table let the planner probe the primary keys instead of scanning the growing tables.</summary>
    private static async Task AnalyzeAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string table, CancellationToken cancellationToken)
    {
        await using var analyze = new NpgsqlCommand($"ANALYZE {table};", connection, tx);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
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

    public async Task<IReadOnlyList<string>> GroupsAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT grp FROM chats WHERE grp IS NOT NULL GROUP BY grp ORDER BY grp COLLATE \"C\";");
        var groups = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            groups.Add(reader.GetString(0));
        }

        return groups;
    }

    public async Task<bool> HasOperatorAsync(string operatorId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM messages WHERE operator_id = @operator);");
        command.Parameters.AddWithValue("operator", operatorId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
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

    private async IAsyncEnumerable<Chat> ReadChatsAsync(NpgsqlCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var assembler = new ChatAssembler(_skipped);
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
