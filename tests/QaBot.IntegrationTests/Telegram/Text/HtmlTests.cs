using QaBot.Infrastructure.Telegram.Text;
using QaBot.TelegramEmulator.Html;

namespace QaBot.IntegrationTests.Telegram.Text;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a < b && c > d")]
    [InlineData("&amp; is already an entity")]
    [InlineData("Ёж & <b>жирный</b>")]
    public void Escape_ShowsOutsideTextExactly_WhenTelegramParsesIt(string outside)
    {
        var parsed = TelegramHtmlParser.Parse($"<b>Customer</b>: {Html.Escape(outside)}");

        Assert.Equal($"Customer: {outside}", parsed.VisibleText);
    }

    [Fact]
    public void Excerpt_TakesFirstWordsOnOneLine_WhenTextIsLong()
    {
        var excerpt = Html.Excerpt("Здравствуйте!\nГде мой заказ? Я жду его уже неделю <очень долго>", 30);

        Assert.Equal("Здравствуйте! Где мой заказ?…", excerpt);
    }

    [Theory]
    [InlineData("ru-RU", null, "ru")]
    [InlineData("ru", "en", "en")]
    [InlineData("de", null, "en")]
    [InlineData(null, "ru", "ru")]
    public void Choose_PrefersOverrideThenTelegramLanguage_WhenPickingReplyLanguage(string? telegram, string? chosen, string expected) =>
        Assert.Equal(expected, BotLanguage.Choose(chosen, telegram));
}
