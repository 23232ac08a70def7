using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class EndOfChatCheckTests
{
    [Fact]
    public void Check_FailsClosingWithTheLastOperatorMessage_WhenItNeitherClosesNorOffersHelp()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow.")
            .Customer(10, "ok thanks")
            .Operator(15, "You are welcome.")
            .Customer(20, "bye"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Closing]);
        Assert.Equal(["m4"], result.Evidence[CheckNames.Closing]);
    }

    [Fact]
    public void Check_EndOfChatChecksNotApplicable_WhenTheChatIsStillOpen()
    {
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow.")
            .Customer(10, "Where is it now?")
            .Open();

        var result = Checking.Check(script, now: ChatScript.At(60));

        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.Closing]);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.UnansweredQuestion]);
        Assert.NotNull(result.QaScore);
    }

    [Fact]
    public void Check_AppliesEndOfChatChecks_WhenAChatWithoutEndedAtWentQuietPastTheInactivityTimeout()
    {
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow.")
            .Customer(10, "Where is it now?")
            .Open();

        var result = Checking.Check(script, now: ChatScript.At(10).AddMinutes(31));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Closing]);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.UnansweredQuestion]);
    }

    [Theory]
    [InlineData("And when will it arrive?")]
    [InlineData("请问什么时候到？")]
    [InlineData("where is it now")]
    public void Check_FailsUnansweredQuestionWithTheQuestion_WhenTheChatEndsOnIt(string question)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow. Anything else?")
            .Customer(10, question));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.UnansweredQuestion]);
        Assert.Equal(["m3"], result.Evidence[CheckNames.UnansweredQuestion]);
    }

    [Fact]
    public void Check_PassesUnansweredQuestion_WhenTheOperatorAnsweredTheLastQuestion()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow.")
            .Customer(10, "And when will it arrive?")
            .Operator(15, "On Friday. Have a nice day!"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.UnansweredQuestion]);
    }

    [Fact]
    public void Check_PassesUnansweredQuestion_WhenTheCustomerHasTheLastWordWithoutAQuestion()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "Hello! It ships tomorrow. Anything else?")
            .Customer(10, "No, thank you, bye"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.UnansweredQuestion]);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Closing]);
    }
}
