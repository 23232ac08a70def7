using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class OfferSignalsTests
{
    [Theory]
    [InlineData("Стоит 1 990 ₽")]
    [InlineData("Цена 500 руб.")]
    [InlineData("всего 1200 рублей")]
    [InlineData("1990р.")]
    [InlineData("$19.99")]
    [InlineData("$ 20")]
    [InlineData("19.99$")]
    [InlineData("€15")]
    [InlineData("15 EUR")]
    [InlineData("USD 100")]
    [InlineData("100 usd")]
    [InlineData("299元")]
    [InlineData("25 dollars")]
    public void ContainsPrice_ReturnsTrue_WhenAnAmountHasACurrency(string text) =>
        Assert.True(OfferSignals.ContainsPrice(text));

    [Theory]
    [InlineData("Order 12345 ships in 2 days")]
    [InlineData("Call me at 10")]
    [InlineData("2 раза в день")]
    [InlineData("USD")]
    [InlineData("50%")]
    [InlineData("")]
    public void ContainsPrice_ReturnsFalse_WhenNoAmountHasACurrency(string text) =>
        Assert.False(OfferSignals.ContainsPrice(text));

    [Theory]
    [InlineData("see https://shop.example/x", true)]
    [InlineData("see HTTP://shop.example", true)]
    [InlineData("see www.shop.example", true)]
    [InlineData("see our shop", false)]
    public void ContainsUrl_FindsLinks_WhenTheyHaveASchemeOrWww(string text, bool expected) =>
        Assert.Equal(expected, OfferSignals.ContainsUrl(text));
}
