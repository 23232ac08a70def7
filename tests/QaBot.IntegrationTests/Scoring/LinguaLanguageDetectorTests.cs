using QaBot.Infrastructure.Scoring;

namespace QaBot.IntegrationTests.Scoring;

public sealed class LinguaLanguageDetectorTests
{
    private static readonly LinguaLanguageDetector Detector = new();

    [Theory]
    [InlineData("Здравствуйте! Подскажите, где мой заказ?", "ru")]
    [InlineData("Hello, could you tell me where my order is?", "en")]
    [InlineData("您好，请问我的订单在哪里？", "zh")]
    public void Detect_ReturnsTheIsoCode_WhenTextIsInASupportedLanguage(string text, string expected) =>
        Assert.Equal(expected, Detector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345 !!!")]
    public void Detect_ReturnsNull_WhenTextHasNoLanguage(string text) => Assert.Null(Detector.Detect(text));

    [Fact]
    public void Detect_GivesSameAnswers_WhenCalledFromManyThreads()
    {
        string[] texts = ["Спасибо за ожидание", "Thanks for waiting", "感谢您的耐心等待"];
        var expected = texts.Select(Detector.Detect).ToArray();

        var results = new string?[300];
        Parallel.For(0, results.Length, i => results[i] = Detector.Detect(texts[i % texts.Length]));

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(expected[x.i % texts.Length], x.r));
    }
}
