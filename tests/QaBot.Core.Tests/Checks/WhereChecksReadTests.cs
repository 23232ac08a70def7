using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

/// <summary>
/// The checks read the part of a message that decides: the greeting opens the operator's first message, the closing
/// ends the last one, a question asks rather than mentions a question word.
/// </summary>
public sealed class WhereChecksReadTests
{
    [Fact]
    public void Check_PassesGreeting_WhenTheOperatorGreetedBeforeTheCustomerWrote()
    {
        var result = Checking.Check(new ChatScript()
            .Operator(0, "Hello! Can I help you find something?")
            .Customer(20, "yes, where is my parcel")
            .Operator(30, "It ships tomorrow. Anything else?"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Greeting]);
    }

    [Fact]
    public void Check_FailsGreeting_WhenAGreetingWordComesOnlyDeepInTheFirstMessage()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Where is my parcel?")
            .Operator(10, "Your parcel is with the courier and we say hello to it every day. Anything else?"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Greeting]);
    }

    [Theory]
    [InlineData("Hello! The refund will arrive in three days.", "Have a nice day!", CheckOutcome.Pass)]
    [InlineData("Hello!", "Have a nice day! Anna, support", CheckOutcome.Pass)]
    [InlineData("Hello!", "Anything else I can help with? 👍", CheckOutcome.Pass)]
    [InlineData("Hello!", "Have a nice day! The refund will arrive in three days and you will get an e-mail.", CheckOutcome.Fail)]
    [InlineData("Hello!", "Have a nice day!\nKind regards,\nAnna – Customer Care\nStayNest Apartments Ltd", CheckOutcome.Pass)]
    [InlineData("Hello!", "The refund is on its way. Thank you!", CheckOutcome.Pass)]
    [InlineData("Hello!", "The refund is on its way. Thank you for your patience while we looked into the whole story of this order.", CheckOutcome.Fail)]
    [InlineData("Hello!", "Thank you, I will now check the refund and the delivery and tell you what happened.", CheckOutcome.Fail)]
    public void Check_ReadsTheEndOfTheLastOperatorMessage_WhenJudgingTheClosing(string first, string last, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, where is my refund?")
            .Operator(10, first)
            .Customer(20, "ok")
            .Operator(30, last));

        Assert.Equal(expected, result.Checks[CheckNames.Closing]);
    }

    [Fact]
    public void Check_LeavesTheClosingToThePreviousMessage_WhenTheLastOperatorMessageIsOnlyAnEmoji()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, where is my refund?")
            .Operator(10, "Hello! It arrives tomorrow. Have a nice day!")
            .Customer(20, "thanks")
            .Operator(30, "🙂"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Closing]);
    }

    [Fact]
    public void Check_LeavesTheClosingToThePreviousMessage_WhenTheLastOperatorMessageIsOnlyASignature()
    {
        var result = Checking.Check(new ChatScript().Language("ru")
            .Customer(0, "Здравствуйте, где мой возврат?")
            .Operator(10, "Здравствуйте! Возврат придёт завтра. Хорошего дня!")
            .Operator(12, "— Анна, служба поддержки"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Closing]);
    }

    [Theory]
    [InlineData("45 days???", CheckOutcome.Pass)]
    [InlineData("ok, so that's where it is, thanks", CheckOutcome.Pass)]
    [InlineData("Seriously?!", CheckOutcome.Pass)]
    [InlineData("and where is it now", CheckOutcome.Fail)]
    [InlineData("Where?", CheckOutcome.Fail)]
    [InlineData("thanks. can you send it again?", CheckOutcome.Fail)]
    public void Check_FailsUnansweredQuestion_OnlyWhenTheLastCustomerMessageAsks(string last, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, my parcel has not arrived yet")
            .Operator(10, "Hello! It is at the pick-up point. Have a nice day!")
            .Customer(20, last));

        Assert.Equal(expected, result.Checks[CheckNames.UnansweredQuestion]);
    }
}
