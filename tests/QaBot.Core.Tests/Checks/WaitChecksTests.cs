using QaBot.Core.Checks;

namespace QaBot.Core.Tests.Checks;

public sealed class WaitChecksTests
{
    [Fact]
    public void Check_WaitChecksNotApplicable_WhenNoWaitIsLongerThanTheLimit()
    {
        var result = Checking.Check(Checking.GoodChat());

        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_PassesBothWaitChecks_WhenALongWaitWasAnnouncedAndThanked()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, where is my parcel")
            .Operator(10, "Hello! One moment, let me check.")
            .Customer(15, "ok")
            .Operator(200, "Thanks for waiting: it ships tomorrow."));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_FailsWaitNoticeWithTheMessageEndingTheWait_WhenALongWaitWasNotAnnounced()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, where is my parcel")
            .Operator(10, "Hello! What is the order number?")
            .Customer(15, "12345")
            .Operator(200, "It ships tomorrow."));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(["m4"], result.Evidence[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.ThanksForWaiting]);
        Assert.Equal(["m4"], result.Evidence[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_MeasuresALongWaitFromTheFirstMessageOfTheRun_WhenTheCustomerWritesSeveralTimes()
    {
        // 70 s after the first message of the run, only 20 s after the last.
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(10, "Hello! How can I help?")
            .Customer(100, "My parcel is late")
            .Customer(150, "It was due on Monday")
            .Operator(170, "Sorry about that, it ships tomorrow."));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(["m5"], result.Evidence[CheckNames.WaitNotice]);
    }

    [Fact]
    public void Check_PassesWaitNoticeAndAsksForThanks_WhenTheOperatorAnnouncedAHold()
    {
        var script = new ChatScript()
            .Customer(0, "Hi, where is my parcel")
            .Operator(10, "Hello! Please wait, I am asking the warehouse.")
            .Operator(300, "It ships tomorrow.");

        var result = Checking.Check(script);

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.ThanksForWaiting]);
        Assert.Equal(["m3"], result.Evidence[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_IgnoresAGapBetweenOperatorMessages_WhenTheFirstWasNoWaitNotice()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(10, "Hello! Your parcel ships tomorrow.")
            .Operator(300, "Also, your refund was approved."));

        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_KeepsTheHoldAcrossATransfer_WhenTheNewOperatorAnswersLate()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, I need a refund")
            .Operator(10, "Hello! One moment, I am transferring you to billing.", "op-1")
            .Transfer(12, "op-2")
            .Operator(150, "Thanks for waiting, I am from billing.", "op-2"));

        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(CheckOutcome.Pass, result.Checks[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_FailsThanksForWaitingWithTheNewOperatorsMessage_WhenTheyDoNotThankAfterATransfer()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, I need a refund")
            .Operator(10, "Hello! One moment, I am transferring you to billing.", "op-1")
            .Transfer(12, "op-2")
            .Operator(150, "Billing here, what is the order number?", "op-2"));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.ThanksForWaiting]);
        Assert.Equal(["m4"], result.Evidence[CheckNames.ThanksForWaiting]);
    }

    [Fact]
    public void Check_DoesNotCountABotReplyAsTheEndOfAWait_WhenTheOperatorAnswersLater()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(10, "Hello! What is the order number?")
            .Customer(20, "12345")
            .Bot(21, "Thanks for waiting, an operator will answer soon.")
            .Operator(200, "It ships tomorrow."));

        Assert.Equal(CheckOutcome.Fail, result.Checks[CheckNames.WaitNotice]);
        Assert.Equal(["m5"], result.Evidence[CheckNames.WaitNotice]);
    }

    [Theory]
    [InlineData("Hello, thanks for your patience! It ships tomorrow.", CheckOutcome.Pass)]
    [InlineData("Hello, it ships tomorrow.", CheckOutcome.Fail)]
    public void Check_AsksTheFirstResponseToThank_WhenTheFirstWaitWasLong(string firstResponse, CheckOutcome expected)
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi, where is my parcel")
            .Operator(90, firstResponse));

        Assert.Equal(expected, result.Checks[CheckNames.ThanksForWaiting]);
        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.WaitNotice]);
    }

    [Fact]
    public void Check_DoesNotCountATrailingUnansweredMessageAsALongWait_WhenNoOperatorAnswersIt()
    {
        var result = Checking.Check(new ChatScript()
            .Customer(0, "Hi")
            .Operator(10, "Hello! It ships tomorrow.")
            .Customer(20, "Great, bye"));

        Assert.Equal(CheckOutcome.NotApplicable, result.Checks[CheckNames.WaitNotice]);
    }

    [Fact]
    public void Check_UsesTheConfiguredLimit_WhenWaitNoticeSecondsIsChanged()
    {
        var script = new ChatScript()
            .Customer(0, "Hi")
            .Operator(10, "Hello! What is the order number?")
            .Customer(20, "12345")
            .Operator(60, "It ships tomorrow.");

        Assert.Equal(CheckOutcome.NotApplicable, Checking.Check(script).Checks[CheckNames.WaitNotice]);
        var strict = new CheckSettings { WaitNoticeSeconds = 30 };
        Assert.Equal(CheckOutcome.Fail, Checking.Check(script, strict).Checks[CheckNames.WaitNotice]);
    }
}
