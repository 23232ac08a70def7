using System.Text;
using System.Text.Json.Nodes;

namespace QaBot.TelegramEmulator.Protocol;

/// <summary>
/// Applies Telegram's rules to reply_markup, notably the 1-64 byte limit on callback_data that a bot building
/// drill-down buttons can easily break.
/// </summary>
internal static class ReplyMarkupValidator
{
    private const string CannotParse = "can't parse reply keyboard markup JSON object";

    // The fields of InlineKeyboardButton that make it do something; a button needs exactly one.
    private static readonly string[] InlineButtonActions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    /// <summary>Returns the markup as a JSON object (null when absent) or throws Telegram's 400.</summary>
    public static JsonObject? Validate(JsonNode? markup)
    {
        if (markup is null)
        {
            return null;
        }

        if (markup is not JsonObject markupObject)
        {
            throw BotApiException.BadRequest(CannotParse);
        }

        if (markupObject["inline_keyboard"] is { } keyboard)
        {
            ValidateInlineKeyboard(keyboard);
        }
        else if (!markupObject.ContainsKey("keyboard") && !markupObject.ContainsKey("remove_keyboard")
            && !markupObject.ContainsKey("force_reply"))
        {
            throw BotApiException.BadRequest(CannotParse);
        }

        return markupObject;
    }

    /// <summary>Only inline keyboards stay attached to a message (and appear in the returned Message).</summary>
    public static bool IsInlineKeyboard(JsonObject? markup) => markup?["inline_keyboard"] is not null;

    private static void ValidateInlineKeyboard(JsonNode keyboard)
    {
        if (keyboard is not JsonArray rows || rows.Any(row => row is not JsonArray))
        {
            throw BotApiException.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
        }

        foreach (var button in rows.Cast<JsonArray>().SelectMany(row => row))
        {
            if (button is not JsonObject buttonObject)
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: InlineKeyboardButton should be an Object");
            }

            if (AsString(buttonObject["text"]) is not { Length: > 0 })
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: Text should be non-empty");
            }

            var actions = InlineButtonActions.Count(buttonObject.ContainsKey);
            if (actions == 0)
            {
                throw BotApiException.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            }

            if (buttonObject.ContainsKey("callback_data")
                && Encoding.UTF8.GetByteCount(AsString(buttonObject["callback_data"]) ?? string.Empty) is < 1 or > 64)
            {
                throw BotApiException.BadRequest("BUTTON_DATA_INVALID");
            }
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
