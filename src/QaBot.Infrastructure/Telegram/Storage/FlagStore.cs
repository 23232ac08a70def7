using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>Flagged messages behind label buttons: callback data has 64 bytes, a chat key and message id may not fit.</summary>
public sealed class FlagStore
{
    private readonly TelegramDatabase _db;

    public FlagStore(TelegramDatabase db)
    {
        _db = db;
    }

    public async Task<long> AddAsync(FlaggedMessage flag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return Sql.Long((await Sql.ScalarAsync(connection, """
            INSERT INTO tg_flags (chat_source, chat_id, message_id, check_name, text, language, created_at)
            VALUES (@source, @chat, @message, @check, @text, @lang, @now) RETURNING id;
            """, cancellationToken,
            ("@source", flag.Chat.Source), ("@chat", flag.Chat.Id), ("@message", flag.MessageId), ("@check", flag.Check),
            ("@text", flag.Text), ("@lang", flag.Language), ("@now", ToMicros(now))))!);
    }

    public async Task<FlaggedMessage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT chat_source, chat_id, message_id, check_name, text, language FROM tg_flags WHERE id = @id;",
            r => new FlaggedMessage(new ChatKey(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), Sql.NullableString(r, 5)),
            cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }
}
