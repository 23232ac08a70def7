namespace QaBot.TelegramEmulator.Html;

/// <summary>Text as the user sees it after entity parsing, with the entities it carries.</summary>
public sealed record FormattedText(string VisibleText, IReadOnlyList<TextEntity> Entities)
{
    public static FormattedText Plain(string text) => new(text, []);
}
