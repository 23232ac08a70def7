using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// Disputes of failed checks (issue 11): one per chat, check and operator, so a second press finds the first; the first
/// supervisor's decision wins (an UPDATE that only a pending dispute matches), on every instance.
/// </summary>
public sealed class DisputeStore
{
    private const string Columns = "id, chat_source, chat_id, check_name, operator_id, operator_user, state, decided_name";

    private readonly TelegramDatabase _db;

    public DisputeStore(TelegramDatabase db)
    {
        _db = db;
    }

    /// <summary>Opens a dispute, or returns the one already open for this chat, check and operator (Created = false).</summary>
    public async Task<(Dispute Dispute, bool Created)> OpenAsync(ChatKey chat, string check, string operatorId, long operatorUser, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var inserted = await Sql.ExecuteAsync(connection, """
            INSERT INTO tg_disputes (chat_source, chat_id, check_name, operator_id, operator_user, created_at)
            VALUES (@source, @chat, @check, @operator, @user, @now)
            ON CONFLICT (chat_source, chat_id, check_name, operator_id) DO NOTHING;
            """, cancellationToken, ("@source", chat.Source), ("@chat", chat.Id), ("@check", check), ("@operator", operatorId), ("@user", operatorUser), ("@now", ToMicros(now)));
        var rows = await Sql.QueryAsync(connection,
            $"SELECT {Columns} FROM tg_disputes WHERE chat_source = @source AND chat_id = @chat AND check_name = @check AND operator_id = @operator;",
            Read, cancellationToken, ("@source", chat.Source), ("@chat", chat.Id), ("@check", check), ("@operator", operatorId));
        return (rows[0], inserted > 0);
    }

    public async Task<Dispute?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, $"SELECT {Columns} FROM tg_disputes WHERE id = @id;", Read, cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Records the decision if the dispute is still pending; false when someone decided first.</summary>
    public async Task<bool> DecideAsync(long id, bool accepted, long userId, string userName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, """
            UPDATE tg_disputes SET state = @state, decided_by = @user, decided_name = @name, decided_at = @now
            WHERE id = @id AND state = 0;
            """, cancellationToken, ("@state", (int)(accepted ? DisputeState.Accepted : DisputeState.Rejected)), ("@user", userId), ("@name", userName),
            ("@now", ToMicros(now)), ("@id", id)) > 0;
    }

    private static Dispute Read(System.Data.Common.DbDataReader r) => new(
        Sql.Long(r.GetValue(0)), new ChatKey(r.GetString(1), r.GetString(2)), r.GetString(3), r.GetString(4), Sql.Long(r.GetValue(5)),
        (DisputeState)Sql.Long(r.GetValue(6)), Sql.NullableString(r, 7));
}
