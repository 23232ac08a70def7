using QaBot.Core.Text;

namespace QaBot.Core.Tests.Text;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Hello! Your parcel ships today.", new[] { "Hello!", "Your parcel ships today." })]
    [InlineData("It costs 3.5 euros at shop.com. Anything else?", new[] { "It costs 3.5 euros at shop.com.", "Anything else?" })]
    [InlineData("You can use them in the app 😊 Thank you po!", new[] { "You can use them in the app 😊", "Thank you po!" })]
    [InlineData("Ready in 15 min 👍🏻 see you", new[] { "Ready in 15 min 👍🏻 see you" })]
    [InlineData("Спасибо за ожидание 🙏 Всё готово", new[] { "Спасибо за ожидание 🙏", "Всё готово" })]
    [InlineData("Really?! ok\n— Anna", new[] { "Really?!", "ok", "— Anna" })]
    [InlineData("🙂", new string[0])]
    public void Split_EndsSentencesAtMarksLineBreaksAndEmojiUsedAsAFullStop(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences.Split(text));
    }
}
