using QaBot.Core.Abstractions;
using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("Здравствуйте! Минуту, уточню.", CheckOutcome.Pass)]
    [InlineData("Hello! One moment.", CheckOutcome.Fail)]
    public void Check_UsesOnlyTheChatLanguagePhrases_WhenTheChatDeclaresItsLanguage(string firstResponse, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript().Language("ru").Customer(0, "Добрый день").Operator(5, firstResponse));

        Assert.Equal(expected, result.Checks[CheckNames.Greeting]);
        Assert.Equal("ru", result.Language);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("de")]
    public void Check_TriesEveryLanguagesPhrases_WhenTheLanguageIsUnknown(string? language)
    {
        var russian = Checking.Check(new ChatScript().Language(language).Customer(0, "Привет").Operator(5, "Здравствуйте!"));
        var chinese = Checking.Check(new ChatScript().Language(language).Customer(0, "你好").Operator(5, "您好，请问有什么可以帮您？"));

        Assert.Equal(CheckOutcome.Pass, russian.Checks[CheckNames.Greeting]);
        Assert.Equal(CheckOutcome.Pass, chinese.Checks[CheckNames.Greeting]);
    }

    [Fact]
    public void Check_AsksTheDetectorAboutCustomerAndOperatorText_WhenTheChatHasNoLanguage()
    {
        var detector = new FixedLanguageDetector("RU");
        var scorer = new FakeMessageScorer();
        var chat = new ChatScript()
            .Language(null)
            .Customer(0, "Где мой заказ?")
            .Bot(1, "Bot text")
            .Operator(5, "Hello! Добрый день!")
            .Build();

        var result = Checking.Check(chat, scorer: scorer, detector: detector);

        Assert.Equal("ru", result.Language);
        Assert.Contains("Где мой заказ?", detector.SeenText, StringComparison.Ordinal);
        Assert.Contains("Добрый день", detector.SeenText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot text", detector.SeenText, StringComparison.Ordinal);
        Assert.All(scorer.LanguagesSeen, language => Assert.Equal("ru", language));
    }

    [Fact]
    public void Check_NormalisesARegionalLanguageTag_WhenTheChatDeclaresOne()
    {
        var result = Checking.Check(new ChatScript().Language("ru-RU").Customer(0, "Привет").Operator(5, "Hello!"));

        Assert.Equal("ru", result.Language);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Greeting]);
    }

    private sealed class FixedLanguageDetector(string? language) : ILanguageDetector
    {
        public string SeenText { get; private set; } = string.Empty;

        public string? Detect(string text)
        {
            SeenText = text;
            return language;
        }
    }
}
