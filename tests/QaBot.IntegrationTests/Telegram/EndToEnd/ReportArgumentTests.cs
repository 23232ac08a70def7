namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// The arguments of the report commands through the real host and the real Telegram.Bot client: any order, aliases,
/// groups matched against the stored ones, and a short error naming the word for anything else (issue 11, defects 1–2).
/// </summary>
public sealed class ReportArgumentTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        await _bot.Host.UpsertAsync(TeamDay.Chats());
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData("/stats sales 2026-11-20")]
    [InlineData("/stats 2026-11-20 sales")]
    [InlineData("/stats SALES 2026-11-20")]
    public async Task Stats_FiltersByTheGroup_WhicheverOrderAndCaseTheArgumentsCome(string command)
    {
        _bot.Say(BotTestHost.Supervisor, command);

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        Assert.Contains("Chats: 2\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("sales", reply.VisibleText, StringComparison.Ordinal);
        // The 👥 Operators button keeps the group.
        Assert.Contains("op|20261120|sales", reply.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stats lastweek")]
    [InlineData("/stats прошлая неделя")]
    [InlineData("/stats month support")]
    public async Task Stats_UnderstandsPeriodAliases_InEnglishAndRussian(string command)
    {
        _bot.Say(BotTestHost.Supervisor, command);

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        Assert.Contains("..", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("understand", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_NamesTheWordAndTheChoices_WhenAnArgumentIsNeitherPeriodNorGroup()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats bogus 7d");

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "understand");

        Assert.Contains("“bogus”", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Groups: sales, support.", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("lastweek", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_EchoesAtMost64Characters_OfABadArgument()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats " + new string('x', 200));

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "understand");

        Assert.Contains("“" + new string('x', 64) + "…”", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 65), reply.VisibleText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stats 2026-11-30..2026-11-01", "ends before it starts")]
    [InlineData("/stats 2024-01-01..2026-11-20", "too long")]
    [InlineData("/stats 9999d", "too long")]
    public async Task Stats_ExplainsARangeThatCannotBe_InsteadOfNotUnderstanding(string command, string expected)
    {
        _bot.Say(BotTestHost.Supervisor, command);

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, expected);

        Assert.DoesNotContain("understand", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_KeepsTheGroup_FromTheCommandAndFromTheButtonUnderStats()
    {
        _bot.Say(BotTestHost.Supervisor, "/operators support 2026-11-20");
        var command = await _bot.WaitForAsync(BotTestHost.Supervisor, "support");

        _bot.Say(BotTestHost.Supervisor, "/stats 2026-11-20 sales");
        var stats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, "op|20261120|sales");
        var button = await _bot.WaitForAsync(BotTestHost.Supervisor, "· sales");

        // support has no answered chat, so no operator; sales has Олег.
        Assert.DoesNotContain("Олег", command.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Олег", button.VisibleText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zz|20261120")]
    [InlineData("op|not-a-period")]
    [InlineData("op|20261120|no-such-group")]
    public async Task Button_SaysItIsOutOfDate_WhenItsDataNoLongerLeadsAnywhere(string data)
    {
        _bot.Say(BotTestHost.Supervisor, "/stats 2026-11-20");
        var stats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, data);

        await Eventually.WaitUntilAsync(() => _bot.Emulator.CallbackAnswers.Any(a => a.Text is not null), BotScenario.Patience, "the button's answer");
        var answer = _bot.Emulator.CallbackAnswers.Last(a => a.Text is not null);
        Assert.Equal("This button is out of date: run the command again.", answer.Text);
    }

    [Theory]
    [InlineData("/missed 2026-11-20", "1. 06:02")]
    [InlineData("/missed 2026-11-19..2026-11-21", "1. 2026-11-20 06:02")]
    public async Task Missed_DatesEachChat_WhenThePeriodHasSeveralDays(string command, string expected)
    {
        _bot.Say(BotTestHost.Supervisor, command);

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "webchat/c-3");

        Assert.Contains(expected, reply.VisibleText, StringComparison.Ordinal);
    }
}
