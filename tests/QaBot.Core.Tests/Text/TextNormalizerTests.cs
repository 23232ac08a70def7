using CsCheck;
using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ёлка ЁЛКА ёжик", "елка елка ежик")]
    [InlineData("Hello, WORLD!", "hello world")]
    [InlineData("  Минуту,\tуточню...\n  ", "минуту уточню")]
    [InlineData("Спасибо!!!😊👍 До свидания", "спасибо до свидания")]
    [InlineData("price: $19.99 (-50%)", "price 19 99 50")]
    [InlineData("e-mail: info@shop.ru", "e mail info shop ru")]
    [InlineData("подо\u00ADждите", "подождите")]
    [InlineData("您好，请稍等！", "您好 请稍等")]
    [InlineData("?!...", "")]
    [InlineData("", "")]
    public void Normalize_FoldsCasePunctuationAndYo_WhenGivenChatText(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Prepare_SplitsIntoWords_WhenTheTextHasSeveral()
    {
        var text = TextNormalizer.Prepare("Добрый  день, Анна!");

        Assert.Equal(3, text.WordCount);
        Assert.Equal("анна", text.Word(2).ToString());
        Assert.Equal("Добрый  день, Анна!", text.Original);
        Assert.False(text.HasCjk);
    }

    [Fact]
    public void Prepare_FlagsCjk_WhenTheTextHasHanCharacters() =>
        Assert.True(TextNormalizer.Prepare("ok 请稍等").HasCjk);

    [Fact]
    public void Words_ReturnsTheNormalisedWords_WhenCalledForMlFeatures() =>
        Assert.Equal(["минуту", "уточню", "еще"], TextNormalizer.Words("Минуту, уточню ЕЩЁ"));

    [Fact]
    public void Normalize_IsIdempotentAndHasNoDoubleSpaces_ForAnyText()
    {
        Gen.String.Sample(text =>
        {
            var once = TextNormalizer.Normalize(text);
            Assert.Equal(once, TextNormalizer.Normalize(once));
            Assert.DoesNotContain("  ", once, StringComparison.Ordinal);
            Assert.Equal(once.Trim(), once);
        });
    }
}
