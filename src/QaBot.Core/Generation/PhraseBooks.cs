namespace QaBot.Core.Generation;

/// <summary>The languages of the synthetic chats and their phrase books.</summary>
internal static class PhraseBooks
{
    /// <summary>In the order of <see cref="GeneratorRates.RussianShare"/>, <see cref="GeneratorRates.EnglishShare"/>, <see cref="GeneratorRates.ChineseShare"/>.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["ru", "en", "zh"];

    public static PhraseBook For(string language) => language switch
    {
        "ru" => RussianPhrases.Book,
        "en" => EnglishPhrases.Book,
        "zh" => ChinesePhrases.Book,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No phrase book for this language."),
    };
}
