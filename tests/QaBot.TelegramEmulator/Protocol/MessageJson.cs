using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Html;
using QaBot.TelegramEmulator.State;

namespace QaBot.TelegramEmulator.Protocol;

/// <summary>Builds the Message, User and MessageEntity objects of the Bot API from the emulator's state.</summary>
internal static class MessageJson
{
    public static JsonObject Message(StoredMessage message, ChatInfo chat, JsonObject botUser)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = message.FromUserId is { } userId ? User(userId, message.FromLanguageCode) : botUser.DeepClone(),
            ["chat"] = chat.ToJson(),
            ["date"] = message.Date.ToUnixTimeSeconds(),
        };
        if (message.EditDate is { } edited)
        {
            json["edit_date"] = edited.ToUnixTimeSeconds();
        }

        var textField = message.Kind == MessageKind.Text ? "text" : "caption";
        var entitiesField = message.Kind == MessageKind.Text ? "entities" : "caption_entities";
        if (message.Formatted is { } formatted)
        {
            json[textField] = formatted.VisibleText;
            if (formatted.Entities.Count > 0)
            {
                json[entitiesField] = new JsonArray([.. formatted.Entities.Select(Entity)]);
            }
        }

        if (message.Kind == MessageKind.Photo)
        {
            json["photo"] = new JsonArray(FileObject(message, ("width", message.PhotoWidth), ("height", message.PhotoHeight)));
        }
        else if (message.Kind == MessageKind.Document)
        {
            var document = FileObject(message);
            if (message.FileName is not null)
            {
                document["file_name"] = message.FileName;
            }

            json["document"] = document;
        }

        if (message.InlineMarkup is not null)
        {
            json["reply_markup"] = message.InlineMarkup.DeepClone();
        }

        return json;
    }

    public static JsonObject User(long userId, string? languageCode)
    {
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = $"User {userId}" };
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return user;
    }

    public static JsonObject Entity(TextEntity entity)
    {
        var json = new JsonObject { ["type"] = entity.Type, ["offset"] = entity.Offset, ["length"] = entity.Length };
        if (entity.Url is not null)
        {
            json["url"] = entity.Url;
        }

        if (entity.Language is not null)
        {
            json["language"] = entity.Language;
        }

        if (entity.CustomEmojiId is not null)
        {
            json["custom_emoji_id"] = entity.CustomEmojiId;
        }

        return json;
    }

    private static JsonObject FileObject(StoredMessage message, params (string Name, int Value)[] extra)
    {
        var file = new JsonObject
        {
            ["file_id"] = message.FileId ?? string.Empty,
            ["file_unique_id"] = $"u{message.FileId}",
        };
        foreach (var (name, value) in extra)
        {
            file[name] = value;
        }

        if (message.FileByteLength is { } size)
        {
            file["file_size"] = size;
        }

        return file;
    }
}
