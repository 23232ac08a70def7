using System.Text.Json;

namespace QaBot.Infrastructure.Storage;

/// <summary>Column encodings shared by the SQLite and PostgreSQL adapters.</summary>
internal static class StorageConventions
{
    /// <summary>Sorted columns of the chat read query; both adapters select exactly these, in this order.</summary>
    public const string ChatColumns =
        "c.source, c.id, c.channel, c.grp, c.language, c.customer_id, c.customer_name, c.ended_at, c.closed_at, " +
        "c.csat, c.converted, c.order_value, c.tags";

    /// <summary>
    /// DESIGN §2 for a chat row written again, in both dialects (the stored row aliased <c>c</c>, the new one
    /// <c>excluded</c>): the newest non-null value wins, an explicit channel is never undone by a post that omitted it,
    /// and the revision grows.
    /// </summary>
    public const string ChatMergeSet = """
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
        """;

    /// <summary>
    /// The condition of <see cref="ChatMergeSet"/>: a chat row posted again is written (and its revision grows) only when
    /// the merge changes a field. An identical repost writes nothing, so nothing is rescored and no rollup is touched.
    /// </summary>
    public const string ChatChangedWhere = """
        WHERE (excluded.channel <> 'chat' AND excluded.channel <> c.channel)
           OR (excluded.grp IS NOT NULL AND excluded.grp IS DISTINCT FROM c.grp)
           OR (excluded.language IS NOT NULL AND excluded.language IS DISTINCT FROM c.language)
           OR (excluded.customer_id IS NOT NULL AND excluded.customer_id IS DISTINCT FROM c.customer_id)
           OR (excluded.customer_name IS NOT NULL AND excluded.customer_name IS DISTINCT FROM c.customer_name)
           OR (excluded.ended_at IS NOT NULL AND excluded.ended_at IS DISTINCT FROM c.ended_at)
           OR (excluded.closed_at IS NOT NULL AND excluded.closed_at IS DISTINCT FROM c.closed_at)
           OR (excluded.csat IS NOT NULL AND excluded.csat IS DISTINCT FROM c.csat)
           OR (excluded.converted IS NOT NULL AND excluded.converted IS DISTINCT FROM c.converted)
           OR (excluded.order_value IS NOT NULL AND excluded.order_value IS DISTINCT FROM c.order_value)
           OR (excluded.tags IS NOT NULL AND excluded.tags IS DISTINCT FROM c.tags)
        """;

    /// <summary>The condition of <see cref="MessageMergeSet"/>: a message posted again is written only when the merge changes it.</summary>
    public const string MessageChangedWhere = """
        WHERE excluded.at <> m.at OR excluded.sender <> m.sender
           OR (excluded.text IS NOT NULL AND excluded.text IS DISTINCT FROM m.text)
           OR (excluded.operator_id IS NOT NULL AND excluded.operator_id IS DISTINCT FROM m.operator_id)
           OR (excluded.operator_name IS NOT NULL AND excluded.operator_name IS DISTINCT FROM m.operator_name)
           OR (excluded.canned IS NOT NULL AND excluded.canned IS DISTINCT FROM m.canned)
           OR (excluded.event IS NOT NULL AND excluded.event IS DISTINCT FROM m.event)
        """;

    /// <summary>DESIGN §2 for a message posted again (stored row aliased <c>m</c>): merged by id, known fields kept.</summary>
    public const string MessageMergeSet = """
        at = excluded.at,
        sender = excluded.sender,
        text = COALESCE(excluded.text, m.text),
        operator_id = COALESCE(excluded.operator_id, m.operator_id),
        operator_name = COALESCE(excluded.operator_name, m.operator_name),
        canned = COALESCE(excluded.canned, m.canned),
        event = COALESCE(excluded.event, m.event)
        """;

    public const string MessageColumns =
        "m.id, m.at, m.sender, m.text, m.operator_id, m.operator_name, m.canned, m.event";

    /// <summary>
    /// The derived columns of a chat from its own messages: start (first customer message, else first message), last
    /// message time and count. Exact for a chat written for the first time; merged chats are recomputed in SQL.
    /// </summary>
    public static (DateTimeOffset? Started, DateTimeOffset? Last, int Count) Derived(QaBot.Core.Transcripts.Chat chat)
    {
        var messages = chat.Messages;
        if (messages.Count == 0)
        {
            return (null, null, 0);
        }

        var firstCustomer = messages.FirstOrDefault(m => m.From == QaBot.Core.Transcripts.Sender.Customer);
        return ((firstCustomer ?? messages[0]).At, messages.Max(m => m.At), messages.Count);
    }

    /// <summary>
    /// The chat read query of <see cref="Core.Abstractions.ChatQuery"/> for both adapters: portable SQL with @-named
    /// parameters, handed to <paramref name="add"/> (instants already in the adapter's encoding).
    /// </summary>
    public static string QuerySql(Core.Abstractions.ChatQuery query, object from, object to, Action<string, object> add)
    {
        var filters = new List<string> { "c.started_at >= @from", "c.started_at < @to" };
        add("from", from);
        add("to", to);
        if (query.Group is not null)
        {
            filters.Add("c.grp = @grp");
            add("grp", query.Group);
        }

        if (query.Channel is not null)
        {
            filters.Add("c.channel = @channel");
            add("channel", query.Channel);
        }

        if (query.OperatorId is not null)
        {
            filters.Add("EXISTS (SELECT 1 FROM messages o WHERE o.source = c.source AND o.chat_id = c.id AND o.operator_id = @op)");
            add("op", query.OperatorId);
        }

        if (query.OnlyWithoutEnd)
        {
            filters.Add("c.ended_at IS NULL");
        }

        if (query.Keys is not null)
        {
            var pairs = new List<string>(query.Keys.Count);
            foreach (var key in query.Keys)
            {
                var n = pairs.Count;
                pairs.Add($"(@ks{n}, @ki{n})");
                add($"ks{n}", key.Source);
                add($"ki{n}", key.Id);
            }

            filters.Add(pairs.Count == 0 ? "1 = 0" : $"(c.source, c.id) IN (VALUES {string.Join(", ", pairs)})");
        }

        return $"""
            SELECT {ChatColumns}, {MessageColumns}
            FROM chats c LEFT JOIN messages m ON m.source = c.source AND m.chat_id = c.id
            WHERE {string.Join(" AND ", filters)}
            ORDER BY c.started_at, c.source, c.id, m.at, m.id;
            """;
    }

    /// <summary>The read of <see cref="Core.Abstractions.ITranscriptStore.OpenChatRevisionsAsync"/> for both adapters.</summary>
    public const string OpenRevisionsSql = """
        SELECT c.source, c.id, c.revision FROM chats c
        WHERE c.ended_at IS NULL AND c.started_at >= @from AND c.started_at < @to;
        """;

    /// <summary>Runs <see cref="OpenRevisionsSql"/> (parameters already bound in the adapter's encoding) and reads its rows.</summary>
    public static async IAsyncEnumerable<Core.Abstractions.ChatRevision> ReadOpenRevisionsAsync(
        System.Data.Common.DbCommand command, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new Core.Abstractions.ChatRevision(new Core.Transcripts.ChatKey(reader.GetString(0), reader.GetString(1)), reader.GetInt64(2));
        }
    }

    public static string? EncodeTags(IReadOnlyList<string>? tags) =>
        tags is null ? null : JsonSerializer.Serialize(tags);

    public static IReadOnlyList<string>? DecodeTags(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<List<string>>(json);

    /// <summary>SQLite keeps instants as microseconds since the Unix epoch (UTC): sortable, exact, compact.</summary>
    public static long ToMicros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) =>
        new(DateTimeOffset.UnixEpoch.UtcTicks + (micros * 10), TimeSpan.Zero);
}
