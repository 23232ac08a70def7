using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class MissedSaleCheckTests
{
    [Fact]
    public void Check_MissedSaleNotApplicableAndNoIntent_WhenNoCustomerWantsToBuy()
    {
        var result = Checking.Check(Checking.GoodChat());

        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.MissedSale]);
        Assert.False(result.SalesIntent);
    }

    [Fact]
    public void Check_FailsMissedSaleWithTheCustomerMessage_WhenNoOfferFollowsThePurchaseIntent()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, how much is the blue kettle?")
            .Operator(5, "Hello! It is a great kettle. Anything else?")
            .Customer(10, "no"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.MissedSale]);
        Assert.Equal(["m1"], result.Evidence[CheckNames.MissedSale]);
        Assert.True(result.SalesIntent);
    }

    [Theory]
    [InlineData("Hello! Here it is: https://shop.example/kettle")]
    [InlineData("Hello! It costs 1 990 ₽.")]
    [InlineData("Hello! Only $19.99 today.")]
    [InlineData("Hello! Add to cart and it ships today.")]
    public void Check_PassesMissedSale_WhenTheOperatorOffersALinkPriceOrOrder(string offer)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, I want to buy the blue kettle")
            .Operator(5, offer)
            .Customer(10, "thanks"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.MissedSale]);
        Assert.True(result.SalesIntent);
    }

    [Fact]
    public void Check_FailsMissedSale_WhenTheOnlyOfferCameBeforeTheIntent()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! Our catalogue: https://shop.example")
            .Customer(10, "How much is the red one")
            .Operator(15, "Let me see. Have a nice day!"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.MissedSale]);
        Assert.Equal(["m3"], result.Evidence[CheckNames.MissedSale]);
    }

    [Fact]
    public void Check_PassesMissedSale_WhenALaterBuyingQuestionFollowsAnOfferAlreadyMade()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, I want to buy the blue kettle")
            .Operator(5, "Hello! It costs 1 990 ₽, order here: https://shop.example/kettle")
            .Customer(10, "How much is delivery?")
            .Operator(15, "Delivery is free in the city. Have a nice day!"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.MissedSale]);
        Assert.True(result.SalesIntent);
    }

    [Fact]
    public void Check_UsesTheSalesIntentModel_WhenNoPurchasePhraseMatches()
    {
        var scorer = new FakeMessageScorer(salesIntent: text => text.Contains("kettle", StringComparison.Ordinal) ? 0.8f : 0.1f);

        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, I am looking for a kettle")
            .Operator(5, "Hello! Anything else?")
            .Customer(10, "no"),
            scorer: scorer);

        Assert.True(result.SalesIntent);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.MissedSale]);
        Assert.Equal(["m1"], result.Evidence[CheckNames.MissedSale]);
    }

    [Fact]
    public void Check_ReportsSalesIntent_WhenTheChatWasNeverAnswered()
    {
        var result = Checking.Check(new ChatScript().Customer(0, "Hi, I want to buy a kettle").Customer(120, "hello?"));

        Assert.True(result.SalesIntent);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.MissedSale]);
        Assert.Null(result.QaScore);
    }
}
