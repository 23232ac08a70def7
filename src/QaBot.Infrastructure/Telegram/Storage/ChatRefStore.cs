using QaBot.Core.Transcripts;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>Chats behind drill-down buttons whose source and id do not fit Telegram's 64 bytes of callback data.</summary>
public sealed class ChatRefStore
{
    private readonly TelegramDatabase _db;

    public ChatRefStore(TelegramDatabase db)
    {
        _db = db;
    }

    public async Task<long> AddAsync(ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return Sql.Long((await Sql.ScalarAsync(connection,
            "INSERT INTO tg_chat_refs (chat_source, chat_id, created_at) VALUES (@source, @chat, @now) RETURNING id;",
            cancellationToken, ("@source", chat.Source), ("@chat", chat.Id), ("@now", ToMicros(now))))!);
    }

    public async Task<ChatKey?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT chat_source, chat_id FROM tg_chat_refs WHERE id = @id;",
            r => new ChatKey(r.GetString(0), r.GetString(1)), cancellationToken, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }
}
