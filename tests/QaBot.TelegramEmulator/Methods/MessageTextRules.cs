using QaBot.TelegramEmulator.Html;
using QaBot.TelegramEmulator.Protocol;

namespace QaBot.TelegramEmulator.Methods;

/// <summary>Telegram's rules for message text and captions: parse mode, entity parsing and length after parsing.</summary>
internal static class MessageTextRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    /// <summary>Text of sendMessage/editMessageText: 1-4096 UTF-16 code units after entity parsing.</summary>
    public static FormattedText Text(string text, string? parseMode)
    {
        var formatted = Parse(text, parseMode);
        if (formatted.VisibleText.Trim().Length == 0)
        {
            throw BotApiException.BadRequest("message text is empty");
        }

        return formatted.VisibleText.Length > MaxTextLength
            ? throw BotApiException.BadRequest("message is too long")
            : formatted;
    }

    /// <summary>Caption of a photo or document: at most 1024 UTF-16 code units after entity parsing.</summary>
    public static FormattedText? Caption(string? caption, string? parseMode)
    {
        if (string.IsNullOrEmpty(caption))
        {
            return null;
        }

        var formatted = Parse(caption, parseMode);
        return formatted.VisibleText.Length > MaxCaptionLength
            ? throw BotApiException.BadRequest("message caption is too long")
            : formatted;
    }

    private static FormattedText Parse(string text, string? parseMode)
    {
        if (string.IsNullOrEmpty(parseMode))
        {
            return FormattedText.Plain(text);
        }

        if (parseMode.Equals("HTML", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return TelegramHtmlParser.Parse(text);
            }
            catch (HtmlEntityParseException e)
            {
                throw new BotApiException($"Bad Request: can't parse entities: {e.Message}", e);
            }
        }

        // Markdown is accepted but not checked: QaBot sends HTML, and a half-right Markdown parser would mislead.
        return parseMode.Equals("Markdown", StringComparison.OrdinalIgnoreCase)
            || parseMode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase)
            ? FormattedText.Plain(text)
            : throw BotApiException.BadRequest("unsupported parse_mode");
    }
}
