using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Storage.Results;

/// <summary>
/// Chat results and supervisor labels. The tables use portable types (text, integers, instants as Unix
/// microseconds), so one ADO.NET implementation serves SQLite and PostgreSQL alike.
/// </summary>
public sealed class SqlResultStore : IChatResultStore, ILabelStore
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;

    public SqlResultStore(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
    }

    public async Task SaveResultsAsync(IReadOnlyList<ChatResult> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
        {
            return;
        }

        await using var connection = await _open(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            INSERT INTO chat_results (source, chat_id, revision, version, started_at, qa_score, checks, evidence, politeness, review, sales_intent, computed_at)
            VALUES (@source, @chat_id, @revision, @version, @started, @qa, @checks, @evidence, @politeness, @review, @sales, @computed)
            ON CONFLICT (source, chat_id) DO UPDATE SET
                revision = excluded.revision, version = excluded.version, started_at = excluded.started_at,
                qa_score = excluded.qa_score, checks = excluded.checks, evidence = excluded.evidence,
                politeness = excluded.politeness, review = excluded.review, sales_intent = excluded.sales_intent, computed_at = excluded.computed_at;
            """;
        var p = new Dictionary<string, DbParameter>();
        foreach (var name in new[] { "source", "chat_id", "revision", "version", "started", "qa", "checks", "evidence", "politeness", "review", "sales", "computed" })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            p[name] = parameter;
        }

        foreach (var r in results)
        {
            p["source"].Value = r.Key.Source;
            p["chat_id"].Value = r.Key.Id;
            p["revision"].Value = r.Revision;
            p["version"].Value = r.Version;
            p["started"].Value = r.StartedAt is { } started ? ToMicros(started) : DBNull.Value;
            p["qa"].Value = r.QaScore is { } qa ? (long)qa : DBNull.Value;
            p["checks"].Value = JsonSerializer.Serialize(r.Checks);
            p["evidence"].Value = JsonSerializer.Serialize(r.Evidence);
            p["politeness"].Value = JsonSerializer.Serialize(r.Politeness);
            // NULL for none: most chats have nothing to review, and rows written before the column read the same way.
            p["review"].Value = r.Review.Count > 0 ? JsonSerializer.Serialize(r.Review) : DBNull.Value;
            p["sales"].Value = r.SalesIntent ? 1L : 0L;
            p["computed"].Value = ToMicros(r.ComputedAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<ChatResult?> GetResultAsync(ChatKey key, CancellationToken cancellationToken)
    {
        var results = await ReadResultsAsync(
            $"SELECT {ResultColumns} FROM chat_results WHERE source = @source AND chat_id = @chat_id",
            [("source", key.Source), ("chat_id", key.Id)], cancellationToken);
        return results.Count == 0 ? null : results[0];
    }

    public async Task<IReadOnlyDictionary<ChatKey, ChatResult>> GetResultsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var results = await ReadResultsAsync(
            $"SELECT {ResultColumns} FROM chat_results WHERE started_at >= @from AND started_at < @to",
            [("from", ToMicros(from)), ("to", ToMicros(to))], cancellationToken);
        return results.ToDictionary(r => r.Key);
    }

    public Task<IReadOnlyList<ChatResult>> WorstAsync(DateTimeOffset from, DateTimeOffset to, int limit, string? group, CancellationToken cancellationToken)
    {
        // A chat scoring 100 lost nothing: it is no "worst" chat however few chats the period has.
        var inGroup = group is null
            ? string.Empty
            : "AND EXISTS (SELECT 1 FROM chats c WHERE c.source = chat_results.source AND c.id = chat_results.chat_id AND c.grp = @group)";
        (string, object)[] parameters = group is null
            ? [("from", ToMicros(from)), ("to", ToMicros(to)), ("limit", (long)limit)]
            : [("from", ToMicros(from)), ("to", ToMicros(to)), ("limit", (long)limit), ("group", group)];
        return ReadResultsAsync(
            $"""
            SELECT {ResultColumns} FROM chat_results
            WHERE started_at >= @from AND started_at < @to AND qa_score IS NOT NULL AND qa_score < 100 {inGroup}
            ORDER BY qa_score, started_at, source, chat_id LIMIT @limit
            """,
            parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<(ChatKey Key, long Revision)>> FindStaleAsync(string version, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.source, c.id, c.revision FROM chats c
            LEFT JOIN chat_results r ON r.source = c.source AND r.chat_id = c.id
            WHERE r.chat_id IS NULL OR r.revision <> c.revision OR r.version <> @version
            LIMIT @limit
            """;
        Add(command, "version", version);
        Add(command, "limit", (long)limit);
        var stale = new List<(ChatKey, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stale.Add((new ChatKey(reader.GetString(0), reader.GetString(1)), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return stale;
    }

    public async Task SaveLabelAsync(SupervisorLabel label, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO labels (source, chat_id, message_id, check_name, confirmed, text, language, labelled_by, at)
            VALUES (@source, @chat_id, @message_id, @check, @confirmed, @text, @language, @by, @at)
            ON CONFLICT (source, chat_id, message_id, check_name) DO UPDATE SET
                confirmed = excluded.confirmed, text = excluded.text, language = excluded.language,
                labelled_by = excluded.labelled_by, at = excluded.at;
            """;
        Add(command, "source", label.Chat.Source);
        Add(command, "chat_id", label.Chat.Id);
        Add(command, "message_id", label.MessageId);
        Add(command, "check", label.Check);
        Add(command, "confirmed", label.Confirmed ? 1L : 0L);
        Add(command, "text", label.Text);
        Add(command, "language", (object?)label.Language ?? DBNull.Value);
        Add(command, "by", label.LabelledBy);
        Add(command, "at", ToMicros(label.At));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SupervisorLabel>> GetLabelsAsync(string check, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT source, chat_id, message_id, check_name, confirmed, text, language, labelled_by, at
            FROM labels WHERE check_name = @check ORDER BY at, source, chat_id, message_id
            """;
        Add(command, "check", check);
        var labels = new List<SupervisorLabel>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            labels.Add(new SupervisorLabel(
                new ChatKey(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetString(3), Long(r, 4) != 0, r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6), Long(r, 7), FromMicros(Long(r, 8))));
        }

        return labels;
    }

    private const string ResultColumns =
        "source, chat_id, revision, version, started_at, qa_score, checks, evidence, politeness, sales_intent, computed_at, review";

    private async Task<IReadOnlyList<ChatResult>> ReadResultsAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        var results = new List<ChatResult>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            results.Add(new ChatResult
            {
                Key = new ChatKey(r.GetString(0), r.GetString(1)),
                Revision = Long(r, 2),
                Version = r.GetString(3),
                StartedAt = r.IsDBNull(4) ? null : FromMicros(Long(r, 4)),
                QaScore = r.IsDBNull(5) ? null : (int)Long(r, 5),
                Checks = JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(6))!,
                Evidence = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(r.GetString(7))!
                    .ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal),
                Politeness = JsonSerializer.Deserialize<Dictionary<string, float>>(r.GetString(8))!,
                SalesIntent = Long(r, 9) != 0,
                ComputedAt = FromMicros(Long(r, 10)),
                Review = r.IsDBNull(11) ? [] : JsonSerializer.Deserialize<List<string>>(r.GetString(11))!,
            });
        }

        return results;
    }

    private static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
