using QaBot.TelegramEmulator.Protocol;

namespace QaBot.TelegramEmulator.State;

/// <summary>
/// Chats and their messages. Message ids increase per chat and are shared by the bot's and the users' messages,
/// as in Telegram. Any chat id is accepted without registration; tests mark chats the bot may not write to.
/// </summary>
internal sealed class ChatStore
{
    // @username chats are given stable channel-like ids in this range.
    private const long FirstUsernameChatId = -1_009_000_000_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, ChatInfo> _chats = [];
    private readonly Dictionary<long, int> _lastMessageIds = [];
    private readonly Dictionary<(long ChatId, int MessageId), StoredMessage> _messages = [];
    private readonly Dictionary<long, string> _blocked = [];
    private readonly Dictionary<string, long> _usernames = new(StringComparer.OrdinalIgnoreCase);

    public ChatInfo GetOrAddChat(long chatId, string? type = null)
    {
        lock (_gate)
        {
            if (_chats.TryGetValue(chatId, out var chat) && (type is null || chat.Type == type))
            {
                return chat;
            }

            chat = new ChatInfo(chatId, type ?? ChatInfo.InferType(chatId), chat?.Username);
            _chats[chatId] = chat;
            return chat;
        }
    }

    /// <summary>Reads chat_id: an integer, or "@username" of a channel or supergroup.</summary>
    public long ResolveChatId(BotApiRequest request, string field = "chat_id")
    {
        var raw = request.GetString(field);
        if (raw is ['@', _, ..])
        {
            lock (_gate)
            {
                if (!_usernames.TryGetValue(raw[1..], out var id))
                {
                    id = FirstUsernameChatId - _usernames.Count;
                    _usernames[raw[1..]] = id;
                    _chats[id] = new ChatInfo(id, "channel", raw[1..]);
                }

                return id;
            }
        }

        try
        {
            return request.GetInt64(field) ?? throw BotApiException.BadRequest($"{field} is empty");
        }
        catch (BotApiException) when (raw is { Length: > 0 })
        {
            throw BotApiException.BadRequest("chat not found");
        }
    }

    public void Block(long chatId, string description)
    {
        lock (_gate)
        {
            _blocked[chatId] = description;
        }
    }

    public void Unblock(long chatId)
    {
        lock (_gate)
        {
            _blocked.Remove(chatId);
        }
    }

    /// <summary>Throws Telegram's 403 when the bot cannot write to the chat.</summary>
    public void EnsureWritable(long chatId)
    {
        lock (_gate)
        {
            if (_blocked.TryGetValue(chatId, out var description))
            {
                throw new BotApiException(403, description);
            }
        }
    }

    /// <summary>Stores a new message under the chat's next message id.</summary>
    public StoredMessage Add(long chatId, Func<int, StoredMessage> create)
    {
        lock (_gate)
        {
            var messageId = _lastMessageIds.GetValueOrDefault(chatId) + 1;
            _lastMessageIds[chatId] = messageId;
            var message = create(messageId);
            _messages[(chatId, messageId)] = message;
            return message;
        }
    }

    public StoredMessage? Find(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _messages.GetValueOrDefault((chatId, messageId));
        }
    }

    /// <summary>
    /// Replaces a message atomically, so concurrent edits see each other ("message is not modified" stays exact).
    /// <paramref name="change"/> receives null for an unknown message and may throw to refuse the edit.
    /// </summary>
    public StoredMessage Update(long chatId, int messageId, Func<StoredMessage?, StoredMessage> change)
    {
        lock (_gate)
        {
            var changed = change(_messages.GetValueOrDefault((chatId, messageId)));
            _messages[(chatId, messageId)] = changed;
            return changed;
        }
    }

    public bool Remove(long chatId, int messageId)
    {
        lock (_gate)
        {
            return _messages.Remove((chatId, messageId));
        }
    }
}
