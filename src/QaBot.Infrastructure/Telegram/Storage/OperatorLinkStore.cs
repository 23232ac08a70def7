using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// Operators linked to Telegram users with a one-time code (DESIGN §6). Codes are stored as hashes; redeeming one is a
/// single conditional update, so a code works once even when two people race for it.
/// </summary>
public sealed class OperatorLinkStore
{
    private readonly TelegramDatabase _db;

    public OperatorLinkStore(TelegramDatabase db)
    {
        _db = db;
    }

    public async Task AddCodeAsync(string codeHash, string operatorId, long createdBy, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection,
            "INSERT INTO tg_link_codes (code_hash, operator_id, created_by, expires_at) VALUES (@hash, @op, @by, @expires);",
            cancellationToken, ("@hash", codeHash), ("@op", operatorId), ("@by", createdBy), ("@expires", ToMicros(expiresAt)));
    }

    /// <summary>Uses the code and links the user; the operator id, or null for an unknown, used or expired code.</summary>
    /// <summary>The operator id a valid, unused code would link, without using it.</summary>
    public async Task<string?> PeekAsync(string codeHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT operator_id FROM tg_link_codes WHERE code_hash = @hash AND used_by IS NULL AND expires_at > @now;",
            r => r.GetString(0), cancellationToken, ("@hash", codeHash), ("@now", ToMicros(now)));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<string?> RedeemAsync(string codeHash, long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var redeem = Sql.Command(connection, """
            UPDATE tg_link_codes SET used_by = @user, used_at = @now
            WHERE code_hash = @hash AND used_by IS NULL AND expires_at > @now
            RETURNING operator_id;
            """, tx, ("@hash", codeHash), ("@user", userId), ("@now", ToMicros(now)));
        if (await redeem.ExecuteScalarAsync(cancellationToken) is not string operatorId)
        {
            await tx.RollbackAsync(cancellationToken);
            return null;
        }

        // One Telegram account per operator and one operator per account: the newest link wins.
        await using (var unlink = Sql.Command(connection, "DELETE FROM tg_operator_links WHERE operator_id = @op OR user_id = @user;", tx, ("@op", operatorId), ("@user", userId)))
        {
            await unlink.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var link = Sql.Command(connection, "INSERT INTO tg_operator_links (user_id, operator_id, linked_at) VALUES (@user, @op, @now);", tx,
            ("@user", userId), ("@op", operatorId), ("@now", ToMicros(now))))
        {
            await link.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return operatorId;
    }

    public async Task<string?> OperatorOfAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return (string?)await Sql.ScalarAsync(connection, "SELECT operator_id FROM tg_operator_links WHERE user_id = @user;", cancellationToken, ("@user", userId));
    }

    public async Task<long?> UserOfAsync(string operatorId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var value = await Sql.ScalarAsync(connection, "SELECT user_id FROM tg_operator_links WHERE operator_id = @op;", cancellationToken, ("@op", operatorId));
        return value is null ? null : Sql.Long(value);
    }

    public async Task<IReadOnlyDictionary<long, string>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT user_id, operator_id FROM tg_operator_links;", r => (Sql.Long(r.GetValue(0)), r.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }
}
