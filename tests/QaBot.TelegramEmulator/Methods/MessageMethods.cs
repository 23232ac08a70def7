using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Html;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.Recording;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>sendMessage, editMessageText, editMessageReplyMarkup, deleteMessage and sendChatAction.</summary>
internal sealed class MessageMethods(EmulatorState state)
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    private static readonly HashSet<string> ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    public void Register(MethodTable table)
    {
        table.Add("sendMessage", SendMessage);
        table.Add("editMessageText", EditMessageText);
        table.Add("editMessageReplyMarkup", EditMessageReplyMarkup);
        table.Add("deleteMessage", DeleteMessage);
        table.Add("sendChatAction", SendChatAction);
    }

    /// <summary>Stores a new bot message, records it and returns the Message object.</summary>
    public JsonObject Send(string method, long chatId, JsonObject? markup, Func<int, StoredMessage> create)
    {
        var chat = state.Chats.GetOrAddChat(chatId);
        var stored = state.Chats.Add(chatId, create);
        Record(method, stored, markup);
        return MessageJson.Message(stored, chat, state.BotUser);
    }

    /// <summary>Checks reply_parameters (or the older reply_to_message_id) against the chat's messages.</summary>
    public void EnsureReplyTargetExists(BotApiRequest request, long chatId)
    {
        var reply = request.GetJson("reply_parameters") as JsonObject;
        var target = reply?["message_id"] is JsonValue id && id.TryGetValue<int>(out var replyId)
            ? replyId
            : request.GetInt32("reply_to_message_id");
        var allowWithoutReply = reply?["allow_sending_without_reply"] is JsonValue allow && allow.TryGetValue<bool>(out var a)
            ? a
            : request.GetBoolean("allow_sending_without_reply");
        if (target is { } messageId && !allowWithoutReply && state.Chats.Find(chatId, messageId) is null)
        {
            throw BotApiException.BadRequest("message to be replied not found");
        }
    }

    private JsonNode? SendMessage(BotApiRequest request)
    {
        var chatId = state.Chats.ResolveChatId(request);
        state.Chats.EnsureWritable(chatId);
        var text = request.RequireString("text");
        var parseMode = request.GetString("parse_mode");
        var formatted = MessageTextRules.Text(text, parseMode);
        var markup = ReplyMarkupValidator.Validate(request.GetJson("reply_markup"));
        EnsureReplyTargetExists(request, chatId);

        return Send("sendMessage", chatId, markup, id => new StoredMessage
        {
            ChatId = chatId,
            MessageId = id,
            Kind = MessageKind.Text,
            LastChangedBy = "sendMessage",
            Date = state.Time.GetUtcNow(),
            Text = text,
            ParseMode = parseMode,
            Formatted = formatted,
            InlineMarkup = ReplyMarkupValidator.IsInlineKeyboard(markup) ? markup : null,
        });
    }

    private JsonNode? EditMessageText(BotApiRequest request)
    {
        var (chatId, messageId) = EditTarget(request);
        var text = request.RequireString("text");
        var parseMode = request.GetString("parse_mode");
        var formatted = MessageTextRules.Text(text, parseMode);
        var markup = ReplyMarkupValidator.Validate(request.GetJson("reply_markup"));
        var inline = ReplyMarkupValidator.IsInlineKeyboard(markup) ? markup : null;

        // Editing the text without reply_markup removes the inline keyboard, as in Telegram.
        var edited = state.Chats.Update(chatId, messageId, current =>
        {
            var message = EditableMessage(current);
            if (message.Kind != MessageKind.Text)
            {
                throw BotApiException.BadRequest("there is no text in the message to edit");
            }

            if (SameContent(message.Formatted, formatted) && JsonNode.DeepEquals(message.InlineMarkup, inline))
            {
                throw BotApiException.BadRequest(NotModified);
            }

            return message with
            {
                Text = text, ParseMode = parseMode, Formatted = formatted, InlineMarkup = inline,
                LastChangedBy = "editMessageText", EditDate = state.Time.GetUtcNow(),
            };
        });
        Record("editMessageText", edited, markup);
        return MessageJson.Message(edited, state.Chats.GetOrAddChat(chatId), state.BotUser);
    }

    private JsonNode? EditMessageReplyMarkup(BotApiRequest request)
    {
        var (chatId, messageId) = EditTarget(request);
        var markup = ReplyMarkupValidator.Validate(request.GetJson("reply_markup"));
        if (markup is not null && !ReplyMarkupValidator.IsInlineKeyboard(markup))
        {
            throw BotApiException.BadRequest("inline keyboard expected");
        }

        var edited = state.Chats.Update(chatId, messageId, current =>
        {
            var message = EditableMessage(current);
            return JsonNode.DeepEquals(message.InlineMarkup, markup)
                ? throw BotApiException.BadRequest(NotModified)
                : message with
                {
                    InlineMarkup = markup, LastChangedBy = "editMessageReplyMarkup", EditDate = state.Time.GetUtcNow(),
                };
        });
        Record("editMessageReplyMarkup", edited, markup);
        return MessageJson.Message(edited, state.Chats.GetOrAddChat(chatId), state.BotUser);
    }

    private JsonNode? DeleteMessage(BotApiRequest request)
    {
        var chatId = state.Chats.ResolveChatId(request);
        var messageId = request.GetInt32("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        return state.Chats.Remove(chatId, messageId)
            ? true
            : throw BotApiException.BadRequest("message to delete not found");
    }

    private JsonNode? SendChatAction(BotApiRequest request)
    {
        var chatId = state.Chats.ResolveChatId(request);
        state.Chats.EnsureWritable(chatId);
        return ChatActions.Contains(request.RequireString("action"))
            ? true
            : throw BotApiException.BadRequest("wrong parameter action in request");
    }

    private (long ChatId, int MessageId) EditTarget(BotApiRequest request)
    {
        // Messages sent via inline mode are not tracked; the emulator reports them as Telegram reports unknown ones.
        if (request.Has("inline_message_id"))
        {
            throw BotApiException.BadRequest("message to edit not found");
        }

        var chatId = state.Chats.ResolveChatId(request);
        state.Chats.EnsureWritable(chatId);
        var messageId = request.GetInt32("message_id") ?? throw BotApiException.BadRequest("message identifier is not specified");
        return (chatId, messageId);
    }

    private static StoredMessage EditableMessage(StoredMessage? current) => current switch
    {
        null => throw BotApiException.BadRequest("message to edit not found"),
        { IsFromBot: false } => throw BotApiException.BadRequest("message can't be edited"),
        _ => current,
    };

    private static bool SameContent(FormattedText? current, FormattedText next) =>
        current is not null && current.VisibleText == next.VisibleText && current.Entities.SequenceEqual(next.Entities);

    private void Record(string method, StoredMessage message, JsonObject? markup) =>
        state.Recorder.Add(new RecordedMessage
        {
            Method = method,
            ChatId = message.ChatId,
            MessageId = message.MessageId,
            Text = message.Text,
            ParseMode = message.ParseMode,
            ReplyMarkupJson = markup?.ToJsonString(),
            VisibleText = message.Formatted?.VisibleText,
            FileByteLength = message.FileByteLength,
            FileContent = message.FileContent,
            FileName = message.FileName,
            RecordedAt = state.Time.GetUtcNow(),
        });
}
