using QaBot.Core.Checks;
using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Tests.Checks;

public sealed class GreetingAndSlaCheckTests
{
    [Fact]
    public void Check_PassesEveryApplicableCheck_WhenTheChatFollowsTheEtiquette()
    {
        var result = Checking.Check(Checking.GoodChat());

        Assert.Equal(100, result.QaScore);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Greeting]);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.FirstResponseSla]);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.Closing]);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.WaitNotice]);
        Assert.Empty(result.Evidence);
        Assert.Equal(CheckNames.All, result.Checks.Keys);
        Assert.Equal(new ChatKey(Chat.DefaultSource, "c-1"), result.Key);
        Assert.Equal("fake-models-1", result.ModelVersion);
    }

    [Fact]
    public void Check_FailsGreetingWithTheFirstResponse_WhenTheOperatorDoesNotGreet()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "What is your order number?")
            .Customer(20, "123")
            .Operator(25, "Thank you, hello and welcome!"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Greeting]);
        Assert.Equal(["m2"], result.Evidence[CheckNames.Greeting]);
    }

    [Fact]
    public void Check_JudgesTheOperatorNotTheBot_WhenABotGreetsFirst()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Bot(1, "Hello! I am a bot, an operator will join soon.")
            .Operator(30, "What is your order number?"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Greeting]);
        Assert.Equal(["m3"], result.Evidence[CheckNames.Greeting]);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.FirstResponseSla]);
        Assert.Equal(["m3"], result.Evidence[CheckNames.FirstResponseSla]);
    }

    [Theory]
    [InlineData(20, CheckOutcome.Pass)]
    [InlineData(21, CheckOutcome.Fail)]
    public void Check_FirstResponseSlaUsesTheChatThreshold_WhenChannelIsChat(int waitSeconds, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(waitSeconds, "Hello, how can I help?"));

        Assert.Equal(expected, result.Checks[CheckNames.FirstResponseSla]);
    }

    [Theory]
    [InlineData(3 * 3600, CheckOutcome.Pass)]
    [InlineData(14400, CheckOutcome.Pass)]
    [InlineData(14401, CheckOutcome.Fail)]
    public void Check_FirstResponseSlaAllowsFourHours_WhenChannelIsEmail(int waitSeconds, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript()
            .Channel(Channels.Email)
            .Customer(0, "Hello, I need an invoice")
            .Operator(waitSeconds, "Hello, it is attached. Anything else?"));

        Assert.Equal(expected, result.Checks[CheckNames.FirstResponseSla]);
    }

    [Fact]
    public void Check_FirstResponseSlaUsesConfiguredThreshold_WhenTheChannelIsOverridden()
    {
        var settings = new CheckSettings
        {
            Definitions = new DefinitionSettings
            {
                AnswerWithin = new Dictionary<string, TimeSpan> { [Channels.Chat] = TimeSpan.FromSeconds(5) },
            },
        };

        var result = Checking.Check(new ChatScript().Customer(0, "Hi").Operator(10, "Hello!"), settings);

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.FirstResponseSla]);
    }

    [Fact]
    public void Check_GivesNoQaScoreAndNoApplicableCheck_WhenTheChatWasMissed()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hello? Where is my order?")
            .Bot(30, "An operator will answer soon."));

        Assert.Null(result.QaScore);
        Assert.All(result.Checks.Values, outcome => Assert.Equal(CheckOutcome.NotApplicable, outcome));
        Assert.Empty(result.Evidence);
    }

    [Fact]
    public void Check_GivesNoQaScoreButScoresPoliteness_WhenTheChatIsOutbound()
    {
        var result = Checking.Check(new ChatScript().Operator(0, "Hello, your order is ready, you idiot"));

        Assert.Null(result.QaScore);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.Politeness]);
        Assert.Equal(["m1"], result.Politeness.Keys);
    }
}
