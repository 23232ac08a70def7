namespace QaBot.Infrastructure.Telegram.Text;

/// <summary>The bot speaks Russian and English: Russian for users whose Telegram is in Russian, English otherwise.</summary>
public static class BotLanguage
{
    public const string English = "en";

    public const string Russian = "ru";

    public static IReadOnlyList<string> All { get; } = [English, Russian];

    /// <summary>The user's override when set, else their Telegram <c>language_code</c> (ru, ru-RU → ru; anything else → en).</summary>
    public static string Choose(string? overrideLanguage, string? telegramLanguageCode) =>
        Normalize(overrideLanguage) ?? Normalize(telegramLanguageCode) ?? English;

    /// <summary>ru or en for a language code the bot speaks, null otherwise.</summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            Russian => Russian,
            English => English,
            _ => null,
        };
    }

    public static BotStrings Strings(string language) => language == Russian ? RussianBotStrings.Instance : BotStrings.English;
}
