using System.Data.Common;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Alerts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// Missed-chat alerts and one-off claims. A chat is claimed with INSERT … ON CONFLICT DO NOTHING on its key, so it is
/// alerted once however many instances watch; state changes are conditional updates, so one instance edits the post.
/// </summary>
public sealed class AlertStore
{
    private const string Columns =
        "chat_source, chat_id, post_id, state, grp, channel, first_words, started_at, waited_ms, resolved_by, resolved_after_ms, level, taken_by, taken_by_user";

    /// <summary>Chats one alert post lists; more crossing at once make several posts.</summary>
    public const int PostCapacity = 25;

    private readonly TelegramDatabase _db;

    public AlertStore(TelegramDatabase db)
    {
        _db = db;
    }

    /// <summary>
    /// Claims the chats in one transaction and puts those it got into a post: the newest post created at or after
    /// <paramref name="joinSince"/> (a burst), else a new one. Returns the post and the alerts this caller raised.
    /// </summary>
    public async Task<(long PostId, bool IsNewPost, IReadOnlyList<ChatAlert> Claimed)?> ClaimIntoPostAsync(
        IReadOnlyList<ChatAlert> candidates, DateTimeOffset now, DateTimeOffset? joinSince, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = new List<ChatAlert>();
        foreach (var alert in candidates)
        {
            await using var claim = Sql.Command(connection, """
                INSERT INTO tg_alerts (chat_source, chat_id, state, grp, channel, first_words, started_at, waited_ms, claimed_at, level)
                VALUES (@source, @id, 0, @grp, @channel, @words, @started, @waited, @now, @level)
                ON CONFLICT (chat_source, chat_id) DO NOTHING;
                """, tx,
                ("@source", alert.Chat.Source), ("@id", alert.Chat.Id), ("@grp", alert.Group), ("@channel", alert.Channel),
                ("@words", alert.FirstWords), ("@started", ToMicros(alert.StartedAt)), ("@waited", (long)alert.Waited.TotalMilliseconds),
                ("@now", ToMicros(now)), ("@level", (long)alert.Level));
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                claimed.Add(alert);
            }
        }

        if (claimed.Count == 0)
        {
            await tx.CommitAsync(cancellationToken);
            return null;
        }

        long? postId = null;
        if (joinSince is { } since)
        {
            // The burst's post, if it has room left for these chats (a post is one Telegram message).
            await using var recent = Sql.Command(connection, """
                SELECT MAX(p.id) FROM tg_alert_posts p
                WHERE p.created_at >= @since AND (SELECT COUNT(*) FROM tg_alerts a WHERE a.post_id = p.id) + @count <= @capacity;
                """, tx, ("@since", ToMicros(since)), ("@count", (long)claimed.Count), ("@capacity", (long)PostCapacity));
            postId = await recent.ExecuteScalarAsync(cancellationToken) is { } found and not DBNull ? Sql.Long(found) : null;
        }

        var isNew = postId is null;
        if (postId is null)
        {
            await using var create = Sql.Command(connection, "INSERT INTO tg_alert_posts (created_at) VALUES (@now) RETURNING id;", tx, ("@now", ToMicros(now)));
            postId = Sql.Long((await create.ExecuteScalarAsync(cancellationToken))!);
        }

        foreach (var alert in claimed)
        {
            await using var attach = Sql.Command(connection, "UPDATE tg_alerts SET post_id = @post WHERE chat_source = @source AND chat_id = @id;", tx,
                ("@post", postId), ("@source", alert.Chat.Source), ("@id", alert.Chat.Id));
            await attach.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return (postId.Value, isNew, claimed.Select(a => a with { PostId = postId }).ToList());
    }

    /// <summary>Records outcomes in one transaction; returns the posts of the alerts this caller moved on (to edit).</summary>
    public async Task<IReadOnlySet<long>> ResolveAsync(
        IReadOnlyList<(ChatAlert Alert, AlertState State, string? ResolvedBy, TimeSpan? After)> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var posts = new HashSet<long>();
        if (outcomes.Count == 0)
        {
            return posts;
        }

        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (alert, state, by, after) in outcomes)
        {
            await using var resolve = Sql.Command(connection, """
                UPDATE tg_alerts SET state = @state, resolved_by = @by, resolved_after_ms = @after, resolved_at = @now
                WHERE chat_source = @source AND chat_id = @id AND state = 0;
                """, tx,
                ("@state", (long)state), ("@by", by), ("@after", after is { } a ? (long)a.TotalMilliseconds : null),
                ("@now", ToMicros(now)), ("@source", alert.Chat.Source), ("@id", alert.Chat.Id));
            if (await resolve.ExecuteNonQueryAsync(cancellationToken) == 1 && alert.PostId is { } postId)
            {
                posts.Add(postId);
            }
        }

        await tx.CommitAsync(cancellationToken);
        return posts;
    }

    /// <summary>
    /// Raises waiting alerts to the level their wait has reached (a warning growing into the alert); conditional, so one
    /// instance does it. Returns the posts to edit.
    /// </summary>
    public async Task<IReadOnlySet<long>> RaiseLevelsAsync(IReadOnlyList<(ChatAlert Alert, int Level, TimeSpan Waited)> raises, CancellationToken cancellationToken)
    {
        var posts = new HashSet<long>();
        if (raises.Count == 0)
        {
            return posts;
        }

        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (alert, level, waited) in raises)
        {
            await using var raise = Sql.Command(connection, """
                UPDATE tg_alerts SET level = @level, waited_ms = @waited
                WHERE chat_source = @source AND chat_id = @id AND state = 0 AND level < @level;
                """, tx, ("@level", (long)level), ("@waited", (long)waited.TotalMilliseconds), ("@source", alert.Chat.Source), ("@id", alert.Chat.Id));
            if (await raise.ExecuteNonQueryAsync(cancellationToken) == 1 && alert.PostId is { } postId)
            {
                posts.Add(postId);
            }
        }

        await tx.CommitAsync(cancellationToken);
        return posts;
    }

    /// <summary>"I'll take it": the first taker of a still waiting chat wins. Returns who has it (as last read when someone else won).</summary>
    public async Task<(string? TakenBy, bool Won)> TakeAsync(ChatAlert alert, string name, long userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var connection = await _db.OpenAsync(cancellationToken);
        var won = await Sql.ExecuteAsync(connection, """
            UPDATE tg_alerts SET taken_by = @name, taken_by_user = @user
            WHERE chat_source = @source AND chat_id = @id AND taken_by IS NULL AND state = 0;
            """, cancellationToken, ("@name", name), ("@user", userId), ("@source", alert.Chat.Source), ("@id", alert.Chat.Id)) == 1;
        return (won ? name : alert.TakenBy, won);
    }

    /// <summary>Claims the escalation of a chat (once, across instances).</summary>
    public async Task<bool> TryEscalateAsync(ChatAlert alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, """
            UPDATE tg_alerts SET escalated_at = @now WHERE chat_source = @source AND chat_id = @id AND escalated_at IS NULL AND state = 0;
            """, cancellationToken, ("@now", ToMicros(now)), ("@source", alert.Chat.Source), ("@id", alert.Chat.Id)) == 1;
    }

    /// <summary>Records the outbox messages (one per recipient) that show the post.</summary>
    public async Task AddDeliveriesAsync(long postId, IReadOnlyList<(long ChatId, long OutboxId)> deliveries, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        foreach (var (chatId, outboxId) in deliveries)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO tg_alert_deliveries (post_id, outbox_id, chat_id) VALUES (@post, @outbox, @chat) ON CONFLICT DO NOTHING;",
                cancellationToken, ("@post", postId), ("@outbox", outboxId), ("@chat", chatId));
        }
    }

    public async Task<IReadOnlyList<(long ChatId, long OutboxId)>> DeliveriesAsync(long postId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection, "SELECT chat_id, outbox_id FROM tg_alert_deliveries WHERE post_id = @post ORDER BY outbox_id;",
            r => (Sql.Long(r.GetValue(0)), Sql.Long(r.GetValue(1))), cancellationToken, ("@post", postId));
    }

    public async Task<IReadOnlyList<ChatAlert>> PostAlertsAsync(long postId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection, $"SELECT {Columns} FROM tg_alerts WHERE post_id = @post ORDER BY claimed_at, chat_source, chat_id;",
            Read, cancellationToken, ("@post", postId));
    }

    /// <summary>Alerts whose chat has not been answered or ended yet.</summary>
    public async Task<IReadOnlyList<ChatAlert>> WaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection, $"SELECT {Columns} FROM tg_alerts WHERE state = 0 ORDER BY claimed_at;", Read, cancellationToken);
    }

    /// <summary>A one-off claim (a queue alert per cooldown window, one report per unreachable chat): true the first time only.</summary>
    public async Task<bool> TryClaimOnceAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, "INSERT INTO tg_once (key, at) VALUES (@key, @now) ON CONFLICT (key) DO NOTHING;",
            cancellationToken, ("@key", key), ("@now", ToMicros(now))) == 1;
    }

    public async Task ForgetOnceAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, "DELETE FROM tg_once WHERE key = @key;", cancellationToken, ("@key", key));
    }

    private static ChatAlert Read(DbDataReader r) => new()
    {
        Chat = new ChatKey(r.GetString(0), r.GetString(1)),
        PostId = Sql.NullableLong(r, 2),
        State = (AlertState)Sql.Long(r.GetValue(3)),
        Group = Sql.NullableString(r, 4),
        Channel = r.GetString(5),
        FirstWords = Sql.NullableString(r, 6),
        StartedAt = FromMicros(Sql.Long(r.GetValue(7))),
        Waited = TimeSpan.FromMilliseconds(Sql.Long(r.GetValue(8))),
        ResolvedBy = Sql.NullableString(r, 9),
        ResolvedAfter = Sql.NullableLong(r, 10) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        Level = (int)Sql.Long(r.GetValue(11)),
        TakenBy = Sql.NullableString(r, 12),
        TakenByUser = Sql.NullableLong(r, 13),
    };
}
