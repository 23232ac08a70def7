using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public class RudeLexiconTests
{
    private static readonly RudeLexicon Lexicon = new(
    [
        "retard", "fuck*", "shit", "bitch", "asshole", "you people", "are you stupid", "dont care",
        "хуй", "хер", "пизд*", "бля", "блять", "сука", "пошел вон", "не ваше дело", "ты чё", "мудак*", "жопа",
        "傻逼", "你滚", "сука", "ебат*",
    ]);

    [Theory]
    [InlineData("With regard to your order, it ships today")]
    [InlineData("Kind regard - Anna")]
    [InlineData("Reward points are added to your account")]
    [InlineData("Which store is this?")]
    [InlineData("Please do not share your password, as we never ask for it")]
    [InlineData("Shitake mushrooms are out of stock")]
    [InlineData("Scunthorpe branch opens at 9")]
    [InlineData("**Note**: the parcel is on its way")]
    [InlineData("Terms* apply, see the link")]
    [InlineData("Это хребет тарифа: пошёл процесс оформления, сумка уже у курьера")]
    [InlineData("Ваш заказ пошел в сборку, не ваша вина")]
    [InlineData("Хорошо, я в курсе, у вас 3 дня")]
    [InlineData("我们会尽快处理，请您耐心等待")]
    [InlineData("People often ask about it, thank you for the question")]
    public void Find_MatchesNothing_WhenTheWordsOnlyLookLikeRudeOnes(string text) =>
        Assert.Null(Lexicon.Find(text));

    [Theory]
    [InlineData("what the fuck is this", "fuck*")]
    [InlineData("FUCKING finally", "fuck*")]
    [InlineData("this is sh1t", "shit")]
    [InlineData("f*ck off", "fuck*")]
    [InlineData("f**k off", "fuck*")]
    [InlineData("fuuuuck", "fuck*")]
    [InlineData("f.u.c.k that", "fuck*")]
    [InlineData("you b!tch", "bitch")]
    [InlineData("You people never read", "you people")]
    [InlineData("Are you stupid?", "are you stupid")]
    [InlineData("I don't care", "dont care")]
    [InlineData("да пошёл вон отсюда", "пошел вон")]
    [InlineData("п0шёл вон", "пошел вон")]
    [InlineData("это не ваше дело", "не ваше дело")]
    [InlineData("ты чё, не видишь?", "ты чё")]
    [InlineData("х*р вам, а не возврат", "хер")]
    [InlineData("xyй знает", "хуй")]
    [InlineData("cyka", "сука")]
    [InlineData("б л я т ь", "блять")]
    [InlineData("бл@", "бля")]
    [InlineData("ну и мудаки", "мудак*")]
    [InlineData("какая пиздец ситуация", "пизд*")]
    [InlineData("жооопа", "жопа")]
    [InlineData("ну и пиzдец", "пизд*")]
    [InlineData("С..ка, опять", "сука")]
    [InlineData("еbaть", "ебат*")]
    [InlineData("你滚吧", "你滚")]
    [InlineData("傻逼客户", "傻逼")]
    public void Find_NamesTheEntry_WhenARudeWordIsWrittenPlainOrDisguised(string text, string entry) =>
        Assert.Equal(entry, Lexicon.Find(text));

    [Theory]
    [InlineData("I get it, you said \"this is shit\" and I'd feel the same")]
    [InlineData("Понимаю, вы написали «сука, опять» — давайте разберёмся")]
    public void Find_IgnoresTheCustomersWords_WhenTheOperatorQuotesThem(string text) =>
        Assert.Null(Lexicon.Find(QuotedText.Strip(text)));

    [Fact]
    public void Find_RequiresTheWholeEntryWord_WhenTheTextWordIsShorter() =>
        Assert.Null(new RudeLexicon(["ass"]).Find("as soon as possible"));
}
