using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file in WAL mode under <c>Storage:DataDirectory</c>.</summary>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    public const string Module = "transcripts";

    private readonly SqliteDatabase _db;
    private readonly TimeProvider _time;
    private readonly Action<ChatKey> _skipped;

    public SqliteTranscriptStore(SqliteDatabase db, TimeProvider time, Microsoft.Extensions.Logging.ILogger? logger = null)
    {
        _db = db;
        _time = time;
        _skipped = StoredInstants.Reporter(logger);
    }

    public SqliteTranscriptStore(string databasePath, TimeProvider time)
        : this(new SqliteDatabase(databasePath), time)
    {
    }

    public Task MigrateAsync(CancellationToken cancellationToken) =>
        _db.MigrateAsync(Module, SqliteSchema.Migrations, _time, cancellationToken);

    public async Task<UpsertResult> UpsertAsync(IReadOnlyList<Chat> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return UpsertResult.Empty;
        }

        var batch = ChatMerger.MergeBatch(chats);
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteChatWriter(connection, tx);
        var now = ToMicros(_time.GetUtcNow());
        int created = 0, updated = 0, unchanged = 0, messages = 0;
        foreach (var chat in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var write = writer.UpsertChat(chat, now);
            var messagesChanged = 0;
            foreach (var message in chat.Messages)
            {
                if (writer.UpsertMessage(chat.Key, message))
                {
                    messagesChanged++;
                }
            }

            messages += messagesChanged;
            if (write == ChatWrite.Created)
            {
                created++;
            }
            else if (write == ChatWrite.Updated || messagesChanged > 0)
            {
                updated++;
                writer.RefreshDerived(chat.Key, bumpRevision: write == ChatWrite.Unchanged, now);
            }
            else
            {
                unchanged++;
            }
        }

        await tx.CommitAsync(cancellationToken);
        return new UpsertResult(created, updated, messages, unchanged);
    }

    public async Task<Chat?> GetAsync(ChatKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ChatColumns}, {MessageColumns}
            FROM chats c LEFT JOIN messages m ON m.source = c.source AND m.chat_id = c.id
            WHERE c.source = $source AND c.id = $id
            ORDER BY m.at, m.id;
            """;
        command.Parameters.AddWithValue("$source", key.Source);
        command.Parameters.AddWithValue("$id", key.Id);
        await foreach (var chat in ReadChatsAsync(command, cancellationToken))
        {
            return chat;
        }

        return null;
    }

    public async IAsyncEnumerable<Chat> QueryAsync(ChatQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = QuerySql(query, ToMicros(query.From), ToMicros(query.To), (name, value) => command.Parameters.AddWithValue(name, value));
        await foreach (var chat in ReadChatsAsync(command, cancellationToken))
        {
            yield return chat;
        }
    }

    public async IAsyncEnumerable<ChatRevision> OpenChatRevisionsAsync(DateTimeOffset from, DateTimeOffset to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = OpenRevisionsSql;
        command.Parameters.AddWithValue("from", ToMicros(from));
        command.Parameters.AddWithValue("to", ToMicros(to));
        await foreach (var revision in ReadOpenRevisionsAsync(command, cancellationToken))
        {
            yield return revision;
        }
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var chats = await ScalarAsync(connection, null, "SELECT COUNT(*) FROM chats;", cancellationToken);
        var messages = await ScalarAsync(connection, null, "SELECT COUNT(*) FROM messages;", cancellationToken);
        return new StoreCounts(chats, messages);
    }

    public async Task<IReadOnlyList<string>> GroupsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT grp FROM chats WHERE grp IS NOT NULL ORDER BY grp;";
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM messages WHERE operator_id = $operator);";
        command.Parameters.AddWithValue("$operator", operatorId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            CREATE TEMP TABLE IF NOT EXISTS purge_keys (source TEXT, id TEXT);
            DELETE FROM purge_keys;
            INSERT INTO purge_keys SELECT source, id FROM chats WHERE last_message_at < $cutoff;
            DELETE FROM messages WHERE EXISTS (SELECT 1 FROM purge_keys k WHERE k.source = messages.source AND k.id = messages.chat_id);
            DELETE FROM chat_results WHERE EXISTS (SELECT 1 FROM purge_keys k WHERE k.source = chat_results.source AND k.id = chat_results.chat_id);
            DELETE FROM chats WHERE EXISTS (SELECT 1 FROM purge_keys k WHERE k.source = chats.source AND k.id = chats.id);
            SELECT COUNT(*) FROM purge_keys;
            """;
        command.Parameters.AddWithValue("$cutoff", ToMicros(cutoff));
        var purged = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await tx.CommitAsync(cancellationToken);
        return purged;
    }

    private async IAsyncEnumerable<Chat> ReadChatsAsync(SqliteCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
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

    private static Chat ReadChat(SqliteDataReader r) => new()
    {
        Source = r.GetString(0),
        Id = r.GetString(1),
        Channel = r.GetString(2),
        Group = r.IsDBNull(3) ? null : r.GetString(3),
        Language = r.IsDBNull(4) ? null : r.GetString(4),
        Customer = r.IsDBNull(5) ? null : new Party(r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)),
        EndedAt = r.IsDBNull(7) ? null : FromMicros(r.GetInt64(7)),
        ClosedAt = r.IsDBNull(8) ? null : FromMicros(r.GetInt64(8)),
        Csat = r.IsDBNull(9) ? null : r.GetInt32(9),
        Converted = r.IsDBNull(10) ? null : r.GetInt64(10) != 0,
        OrderValue = r.IsDBNull(11) ? null : decimal.Parse(r.GetString(11), CultureInfo.InvariantCulture),
        Tags = r.IsDBNull(12) ? null : DecodeTags(r.GetString(12)),
    };

    private static ChatMessage ReadMessage(SqliteDataReader r, int o) => new()
    {
        Id = r.GetString(o),
        At = FromMicros(r.GetInt64(o + 1)),
        From = SenderNames.TryParse(r.GetString(o + 2), out var sender) ? sender : Sender.System,
        Text = r.IsDBNull(o + 3) ? null : r.GetString(o + 3),
        Operator = r.IsDBNull(o + 4) ? null : new Party(r.GetString(o + 4), r.IsDBNull(o + 5) ? null : r.GetString(o + 5)),
        Canned = r.IsDBNull(o + 6) ? null : r.GetInt64(o + 6) != 0,
        Event = r.IsDBNull(o + 7) ? null : r.GetString(o + 7),
    };

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _db.OpenAsync(cancellationToken);

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
