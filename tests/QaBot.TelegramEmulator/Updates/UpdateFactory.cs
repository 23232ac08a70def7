using System.Globalization;
using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Html;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Updates;

/// <summary>Builds Update objects shaped like Telegram's, storing user messages so the bot can refer to them.</summary>
internal sealed class UpdateFactory(ChatStore chats, TimeProvider time, JsonObject botUser)
{
    private long _lastCallbackQueryId;

    public (JsonObject Update, StoredMessage Message) Message(
        long chatId, long fromUserId, string text, string? languageCode, string chatType)
    {
        var chat = chats.GetOrAddChat(chatId, chatType);
        var message = chats.Add(chatId, id => new StoredMessage
        {
            ChatId = chatId,
            MessageId = id,
            FromUserId = fromUserId,
            FromLanguageCode = languageCode,
            Kind = MessageKind.Text,
            LastChangedBy = "update",
            Date = time.GetUtcNow(),
            Text = text,
            Formatted = new FormattedText(text, CommandEntities(text)),
        });
        var update = new JsonObject { ["message"] = MessageJson.Message(message, chat, botUser) };
        return (update, message);
    }

    public (JsonObject Update, string QueryId) CallbackQuery(
        long chatId, long fromUserId, int messageId, string data, string? languageCode)
    {
        var chat = chats.GetOrAddChat(chatId);
        var queryId = Interlocked.Increment(ref _lastCallbackQueryId).ToString(CultureInfo.InvariantCulture);

        // A message the emulator never saw is reported as Telegram reports an inaccessible one (date 0).
        var message = chats.Find(chatId, messageId) is { } stored
            ? MessageJson.Message(stored, chat, botUser)
            : new JsonObject { ["chat"] = chat.ToJson(), ["message_id"] = messageId, ["date"] = 0 };
        var query = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = MessageJson.User(fromUserId, languageCode),
            ["message"] = message,
            ["chat_instance"] = chatId.ToString(CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        return (new JsonObject { ["callback_query"] = query }, queryId);
    }

    // Telegram marks a leading /command (with an optional @botname) as a bot_command entity.
    private static TextEntity[] CommandEntities(string text)
    {
        if (!text.StartsWith('/'))
        {
            return [];
        }

        var end = text.AsSpan().IndexOfAny(" \n\t");
        var length = end < 0 ? text.Length : end;
        return length > 1 ? [new TextEntity("bot_command", 0, length)] : [];
    }
}
