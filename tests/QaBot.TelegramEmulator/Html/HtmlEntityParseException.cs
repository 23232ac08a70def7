namespace QaBot.TelegramEmulator.Html;

/// <summary>Text with parse_mode=HTML that Telegram refuses; the message follows "can't parse entities: ".</summary>
public sealed class HtmlEntityParseException : Exception
{
    public HtmlEntityParseException()
    {
    }

    public HtmlEntityParseException(string message)
        : base(message)
    {
    }

    public HtmlEntityParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
