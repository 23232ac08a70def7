using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class PolitenessAndScoreTests
{
    [Fact]
    public void Check_ScoresZeroWithTheRudeMessage_WhenTheModelFindsAnOperatorMessageRude()
    {
        var scorer = new FakeMessageScorer(rudeness: text => text.Contains("figure it out", StringComparison.Ordinal) ? 0.93f : 0.02f);
        var script = Checking.GoodChat().Operator(50, "Next time figure it out yourself.").Operator(55, "Have a nice day!");

        var result = Checking.Check(script, scorer: scorer);

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Politeness]);
        Assert.Equal(["m6"], result.Evidence[CheckNames.Politeness]);
        Assert.Equal(0, result.QaScore);
        Assert.Equal(0.93f, result.Politeness["m6"]);
    }

    [Fact]
    public void Check_FailsPoliteness_WhenTheRudePhraseListMatchesThoughTheModelDoesNot()
    {
        var script = Checking.GoodChat().Operator(50, "Please shut up and listen.").Operator(55, "Have a nice day!");

        var result = Checking.Check(script);

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Politeness]);
        Assert.Equal(["m6"], result.Evidence[CheckNames.Politeness]);
        Assert.Equal(0, result.QaScore);
    }

    [Theory]
    [InlineData(0.5f, CheckOutcome.Fail)]
    [InlineData(0.49f, CheckOutcome.Pass)]
    public void Check_TreatsTheThresholdAsRude_WhenTheScoreEqualsIt(float pRude, CheckOutcome expected)
    {
        var result = Checking.Check(Checking.GoodChat(), scorer: new FakeMessageScorer(rudeness: _ => pRude));

        Assert.Equal(expected, result.Checks[CheckNames.Politeness]);
    }

    [Fact]
    public void Check_ReportsPRudeOfOperatorMessagesOnly_WhenTheChatHasCustomerAndBotMessages()
    {
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Bot(1, "An operator will join soon")
            .Operator(5, "Hello!")
            .Customer(10, "Bye");

        var result = Checking.Check(script, scorer: new FakeMessageScorer(rudeness: _ => 0.125f));

        Assert.Equal(new Dictionary<string, float> { ["m3"] = 0.125f }, result.Politeness);
    }

    [Fact]
    public void Check_WeighsTheQaScore_WhenWeightsAreConfigured()
    {
        // Applicable: greeting 30 (fails), first_response_sla 15, closing 10, unanswered_question 15, politeness 20.
        var settings = new CheckSettings
        {
            Weights = new Dictionary<string, double> { [CheckNames.Greeting] = 30 },
        };
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "It ships tomorrow. Anything else?")
            .Customer(10, "No");

        var result = Checking.Check(script, settings);

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.Greeting]);
        Assert.Equal(67, result.QaScore); // 100 × 60 / 90 = 66.7
    }

    [Fact]
    public void Check_RoundsHalfAwayFromZero_WhenTheScoreFallsOnAHalf()
    {
        var settings = new CheckSettings
        {
            Weights = new Dictionary<string, double>
            {
                [CheckNames.Greeting] = 3,
                [CheckNames.FirstResponseSla] = 1,
                [CheckNames.Closing] = 1,
                [CheckNames.UnansweredQuestion] = 1,
                [CheckNames.Politeness] = 2,
            },
        };
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Operator(5, "It ships tomorrow. Anything else?")
            .Customer(10, "No");

        var result = Checking.Check(script, settings);

        Assert.Equal(63, result.QaScore); // 100 × 5 / 8 = 62.5
    }

    [Fact]
    public void QaScore_LeavesNotApplicableChecksOut_WhenTheyWouldOtherwiseCount()
    {
        var checker = new ChatChecker(TestPhrases.Book, new FakeMessageScorer(), CheckSettings.Default);
        var checks = new Dictionary<string, CheckOutcome>
        {
            [CheckNames.Greeting] = CheckOutcome.Fail,                 // 10
            [CheckNames.FirstResponseSla] = CheckOutcome.Pass,         // 15
            [CheckNames.WaitNotice] = CheckOutcome.NotApplicable,      // 10, dropped
            [CheckNames.MissedSale] = CheckOutcome.Pass,               // 10
        };

        Assert.Equal(71, checker.QaScore(checks)); // 100 × 25 / 35 = 71.4
    }
}
