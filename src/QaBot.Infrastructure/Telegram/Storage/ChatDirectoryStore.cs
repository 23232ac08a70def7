using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>Which chats subscribed to alerts, which cannot be reached, and which language each user chose.</summary>
public sealed class ChatDirectoryStore
{
    private readonly TelegramDatabase _db;

    public ChatDirectoryStore(TelegramDatabase db)
    {
        _db = db;
    }

    /// <summary>True when the chat was not subscribed before.</summary>
    public async Task<bool> SubscribeAsync(long chatId, string? title, long byUserId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection,
            "INSERT INTO tg_subscriptions (chat_id, title, subscribed_by, at) VALUES (@chat, @title, @by, @now) ON CONFLICT (chat_id) DO NOTHING;",
            cancellationToken, ("@chat", chatId), ("@title", title), ("@by", byUserId), ("@now", ToMicros(now))) == 1;
    }

    public async Task<bool> UnsubscribeAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, "DELETE FROM tg_subscriptions WHERE chat_id = @chat;", cancellationToken, ("@chat", chatId)) == 1;
    }

    public async Task<IReadOnlyList<long>> SubscribedChatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection, "SELECT chat_id FROM tg_subscriptions ORDER BY chat_id;", r => Sql.Long(r.GetValue(0)), cancellationToken);
    }

    /// <summary>Remembers that Telegram refused the chat (blocked, never started); true the first time.</summary>
    public async Task<bool> MarkUnreachableAsync(long chatId, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection,
            "INSERT INTO tg_unreachable (chat_id, reason, at) VALUES (@chat, @reason, @now) ON CONFLICT (chat_id) DO NOTHING;",
            cancellationToken, ("@chat", chatId), ("@reason", reason), ("@now", ToMicros(now))) == 1;
    }

    /// <summary>The user wrote to the bot again: reachable from now on. True when they had been marked.</summary>
    public async Task<bool> ClearUnreachableAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return await Sql.ExecuteAsync(connection, "DELETE FROM tg_unreachable WHERE chat_id = @chat;", cancellationToken, ("@chat", chatId)) == 1;
    }

    public async Task<IReadOnlySet<long>> UnreachableChatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        return (await Sql.QueryAsync(connection, "SELECT chat_id FROM tg_unreachable;", r => Sql.Long(r.GetValue(0)), cancellationToken)).ToHashSet();
    }

    /// <summary>The user's own choice (/lang).</summary>
    public async Task SetLanguageAsync(long userId, string language, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection,
            "INSERT INTO tg_user_settings (user_id, language) VALUES (@user, @lang) ON CONFLICT (user_id) DO UPDATE SET language = excluded.language;",
            cancellationToken, ("@user", userId), ("@lang", language));
    }

    /// <summary>The language of the user's Telegram app, remembered for messages the bot starts (feedback, reports).</summary>
    public async Task RememberTelegramLanguageAsync(long userId, string language, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, """
            INSERT INTO tg_user_settings (user_id, telegram_language) VALUES (@user, @lang)
            ON CONFLICT (user_id) DO UPDATE SET telegram_language = excluded.telegram_language;
            """, cancellationToken, ("@user", userId), ("@lang", language));
    }

    /// <summary>The user's choice and their Telegram app's language, as far as known.</summary>
    public async Task<(string? Chosen, string? Telegram)> LanguageOfAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection, "SELECT language, telegram_language FROM tg_user_settings WHERE user_id = @user;",
            r => (Sql.NullableString(r, 0), Sql.NullableString(r, 1)), cancellationToken, ("@user", userId));
        return rows.Count == 0 ? (null, null) : rows[0];
    }
}
