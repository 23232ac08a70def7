using System.Data.Common;
using QaBot.Infrastructure.Telegram.Outbox;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// The persistent outbox (DESIGN §6 "delivery never loses a message"). Rows go pending → sent | dropped | failed. Only
/// the oldest pending row of each chat is due, so a chat's messages (and edits of them) go out in order. A claim sets a
/// lease; a row is marked sent in the same statement that stores Telegram's message id.
/// </summary>
public sealed class OutboxStore
{
    private const string Columns =
        "o.id, o.chat_id, o.kind, o.text, o.reply_markup, o.photo, o.edit_of, o.target_message_id, o.purpose, o.attempts, " +
        "t.telegram_message_id, t.state, o.file_name";

    private readonly TelegramDatabase _db;

    public OutboxStore(TelegramDatabase db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<long>> AddAsync(IReadOnlyList<OutboxDraft> drafts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var ids = new List<long>(drafts.Count);
        foreach (var draft in drafts)
        {
            await using var command = Sql.Command(connection, """
                INSERT INTO tg_outbox (chat_id, kind, text, reply_markup, photo, edit_of, target_message_id, purpose, file_name, next_attempt_at, created_at)
                VALUES (@chat, @kind, @text, @markup, @photo, @edit_of, @target, @purpose, @file, @now, @now) RETURNING id;
                """, tx,
                ("@chat", draft.ChatId), ("@kind", (long)draft.Kind), ("@text", draft.Text), ("@markup", InlineButtonsJson.Write(draft.Buttons)),
                ("@photo", draft.Photo), ("@edit_of", draft.EditOf), ("@target", draft.TargetMessageId), ("@purpose", draft.Purpose),
                ("@file", draft.FileName), ("@now", ToMicros(now)));
            ids.Add(Sql.Long((await command.ExecuteScalarAsync(cancellationToken))!));
        }

        await tx.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>How many messages are still waiting to be delivered (pending, whatever their lease).</summary>
    public async Task<long> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return Sql.Long((await Sql.ScalarAsync(connection, "SELECT COUNT(*) FROM tg_outbox WHERE state = 0;", cancellationToken))!);
    }

    /// <summary>Rewrites a message nobody has claimed yet (pending, unleased); false when it is already on its way.</summary>
    public async Task<bool> TryRewritePendingAsync(long id, string text, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection,
            "UPDATE tg_outbox SET text = @text, reply_markup = @markup WHERE id = @id AND state = 0 AND lease_until IS NULL;",
            cancellationToken, ("@id", id), ("@text", text), ("@markup", InlineButtonsJson.Write(buttons))) == 1;
    }

    /// <summary>Folds a new edit of <paramref name="targetId"/> into one still waiting; false when there is none.</summary>
    public async Task<bool> TryRewritePendingEditAsync(long targetId, string text, IReadOnlyList<IReadOnlyList<InlineButton>>? buttons, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, """
            UPDATE tg_outbox SET text = @text, reply_markup = @markup
            WHERE id = (SELECT MAX(id) FROM tg_outbox WHERE edit_of = @target AND state = 0 AND lease_until IS NULL);
            """, cancellationToken, ("@target", targetId), ("@text", text), ("@markup", InlineButtonsJson.Write(buttons))) == 1;
    }

    /// <summary>Leases up to <paramref name="limit"/> due rows, each the oldest pending row of its chat.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var claimed = await Sql.QueryAsync(connection, $"""
            UPDATE tg_outbox SET lease_until = @lease
            WHERE id IN (
                SELECT o.id FROM tg_outbox o
                WHERE o.state = 0 AND o.next_attempt_at <= @now AND (o.lease_until IS NULL OR o.lease_until < @now)
                  AND NOT EXISTS (SELECT 1 FROM tg_outbox p WHERE p.chat_id = o.chat_id AND p.state = 0 AND p.id < o.id)
                ORDER BY o.id LIMIT @limit{_db.ClaimLockClause})
            RETURNING id;
            """, r => Sql.Long(r.GetValue(0)), cancellationToken,
            ("@now", ToMicros(now)), ("@lease", ToMicros(now + lease)), ("@limit", (long)limit));
        if (claimed.Count == 0)
        {
            return [];
        }

        claimed.Sort();
        var (list, parameters) = Sql.InList(claimed);
        return await Sql.QueryAsync(connection,
            $"SELECT {Columns} FROM tg_outbox o LEFT JOIN tg_outbox t ON t.id = o.edit_of WHERE o.id IN ({list}) ORDER BY o.id;",
            Read, cancellationToken, parameters);
    }

    /// <summary>Sent: state and Telegram's message id are stored together, in one statement.</summary>
    public Task MarkSentAsync(long id, long telegramMessageId, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET state = 1, telegram_message_id = @msg, done_at = @now, lease_until = NULL, last_error = NULL WHERE id = @id;",
            cancellationToken, ("@id", id), ("@msg", telegramMessageId), ("@now", ToMicros(now)));

    /// <summary>A failed attempt: counted, and retried at <paramref name="nextAttempt"/>.</summary>
    public Task RetryLaterAsync(long id, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET attempts = attempts + 1, next_attempt_at = @next, lease_until = NULL, last_error = @error WHERE id = @id;",
            cancellationToken, ("@id", id), ("@next", ToMicros(nextAttempt)), ("@error", error));

    /// <summary>Not attempted (a rate limit says wait): back in line at <paramref name="notBefore"/>, no attempt counted.</summary>
    public Task DeferAsync(long id, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET next_attempt_at = @next, lease_until = NULL WHERE id = @id;",
            cancellationToken, ("@id", id), ("@next", ToMicros(notBefore)));

    /// <summary>Gives a claimed row back untouched (the service is stopping).</summary>
    public Task ReleaseAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET lease_until = NULL WHERE id = @id AND state = 0;", cancellationToken, ("@id", id));

    public Task CloseAsync(long id, OutboxState state, string reason, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET state = @state, attempts = attempts + 1, last_error = @error, done_at = @now, lease_until = NULL WHERE id = @id;",
            cancellationToken, ("@id", id), ("@state", (long)state), ("@error", reason), ("@now", ToMicros(now)));

    /// <summary>At the start of a single-instance store: leases of the previous run are stale.</summary>
    public Task ReleaseAllLeasesAsync(CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE tg_outbox SET lease_until = NULL WHERE state = 0 AND lease_until IS NOT NULL;", cancellationToken);

    /// <summary>When the earliest pending row falls due (null: nothing pending).</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var value = await Sql.ScalarAsync(connection, "SELECT MIN(next_attempt_at) FROM tg_outbox WHERE state = 0;", cancellationToken);
        return value is null ? null : FromMicros(Sql.Long(value));
    }

    public async Task<(OutboxState State, long? TelegramMessageId, int Attempts, string? LastError)?> GetStatusAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT state, telegram_message_id, attempts, last_error FROM tg_outbox WHERE id = @id;",
            r => ((OutboxState)Sql.Long(r.GetValue(0)), Sql.NullableLong(r, 1), (int)Sql.Long(r.GetValue(2)), Sql.NullableString(r, 3)),
            cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyDictionary<OutboxState, long>> CountByStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT state, COUNT(*) FROM tg_outbox GROUP BY state;",
            r => ((OutboxState)Sql.Long(r.GetValue(0)), Sql.Long(r.GetValue(1))), cancellationToken);
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, sql, cancellationToken, parameters);
    }

    private static OutboxMessage Read(DbDataReader r) => new(
        Sql.Long(r.GetValue(0)),
        new OutboxDraft(Sql.Long(r.GetValue(1)), (OutboxKind)Sql.Long(r.GetValue(2)))
        {
            Text = Sql.NullableString(r, 3),
            Buttons = InlineButtonsJson.Read(Sql.NullableString(r, 4)),
            Photo = r.IsDBNull(5) ? null : (byte[])r.GetValue(5),
            EditOf = Sql.NullableLong(r, 6),
            TargetMessageId = Sql.NullableLong(r, 7),
            Purpose = Sql.NullableString(r, 8),
            FileName = Sql.NullableString(r, 12),
        },
        (int)Sql.Long(r.GetValue(9)))
    {
        TargetMessageId = Sql.NullableLong(r, 7) ?? Sql.NullableLong(r, 10),
        TargetState = r.IsDBNull(11) ? null : (OutboxState)Sql.Long(r.GetValue(11)),
    };
}
