using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Protocol;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>sendPhoto and sendDocument, with the file uploaded as multipart or referenced by file_id or URL.</summary>
internal sealed class MediaMethods(EmulatorState state, MessageMethods messages)
{
    private const int MaxPhotoBytes = 10 * 1024 * 1024;
    private const int MaxDocumentBytes = 50 * 1024 * 1024;

    public void Register(MethodTable table)
    {
        table.Add("sendPhoto", request => SendFile(request, "photo", MessageKind.Photo, MaxPhotoBytes));
        table.Add("sendDocument", request => SendFile(request, "document", MessageKind.Document, MaxDocumentBytes));
    }

    private JsonObject SendFile(BotApiRequest request, string field, MessageKind kind, int maxBytes)
    {
        var chatId = state.Chats.ResolveChatId(request);
        state.Chats.EnsureWritable(chatId);
        var upload = request.GetFile(field);
        if (upload is null && request.GetString(field) is not { Length: > 0 })
        {
            throw BotApiException.BadRequest($"there is no {field} in the request");
        }

        var size = (Width: 0, Height: 0);
        if (upload is not null)
        {
            if (upload.Content.Length == 0)
            {
                throw BotApiException.BadRequest("file must be non-empty");
            }

            if (upload.Content.Length > maxBytes)
            {
                throw BotApiException.BadRequest("file is too big");
            }

            if (kind == MessageKind.Photo)
            {
                size = ImageProbe.Read(upload.Content) ?? throw BotApiException.BadRequest("IMAGE_PROCESS_FAILED");
            }
        }

        var caption = request.GetString("caption");
        var parseMode = request.GetString("parse_mode");
        var formatted = MessageTextRules.Caption(caption, parseMode);
        var markup = ReplyMarkupValidator.Validate(request.GetJson("reply_markup"));
        messages.EnsureReplyTargetExists(request, chatId);

        var method = kind == MessageKind.Photo ? "sendPhoto" : "sendDocument";
        return messages.Send(method, chatId, markup, id => new StoredMessage
        {
            ChatId = chatId,
            MessageId = id,
            Kind = kind,
            LastChangedBy = method,
            Date = state.Time.GetUtcNow(),
            Text = caption,
            ParseMode = parseMode,
            Formatted = formatted,
            InlineMarkup = ReplyMarkupValidator.IsInlineKeyboard(markup) ? markup : null,
            FileId = upload is null ? request.GetString(field) : $"emu-{field}-{Guid.NewGuid():N}",
            FileName = upload?.FileName,
            FileByteLength = upload?.Content.Length,
            FileContent = upload?.Content,
            PhotoWidth = size.Width,
            PhotoHeight = size.Height,
        });
    }
}
