namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// What an operator sees of their own work, through the real host and the emulator (issue 11, defect 9): their own
/// chats and never another's, personal answers only in private, and a /link that says so when it cannot take effect.
/// </summary>
public sealed class OperatorOwnDataTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        // c-1 answered by op-1 (the test operator), c-2 by op-2.
        await _bot.Host.UpsertAsync(TeamDay.Chats());
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Chat_OpensTheOperatorsOwnChat_WithTheirMessagesMarked()
    {
        _bot.Say(BotTestHost.Operator, "/chat c-1");

        var reply = await _bot.WaitForAsync(BotTestHost.Operator, "Chat");

        Assert.Contains("webchat/c-1", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("👉 ", reply.VisibleText, StringComparison.Ordinal);
        Assert.Null(reply.ReplyMarkupJson);
    }

    [Fact]
    public async Task Chat_RefusesAnotherOperatorsChat_AndAChatThatDoesNotExist_InTheSameWords()
    {
        _bot.Say(BotTestHost.Operator, "/chat c-2");
        var other = await _bot.WaitForAsync(BotTestHost.Operator, "only the chats you wrote in");
        _bot.Say(BotTestHost.Operator, "/chat nope-404");
        var missing = await _bot.WaitForAsync(BotTestHost.Operator, "nope-404");

        Assert.DoesNotContain("Олег", other.VisibleText, StringComparison.Ordinal);
        Assert.Contains("only the chats you wrote in", missing.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_InAGroup_AnswersInPrivate_AndTellsTheGroupOnlyThat()
    {
        _bot.Emulator.PushMessage(BotTestHost.TeamChat, BotTestHost.Operator, "/me 2026-11-20", chatType: "supergroup");

        var personal = await _bot.WaitForAsync(BotTestHost.Operator, "Your numbers");
        var notice = await _bot.WaitForAsync(BotTestHost.TeamChat, "private chat");

        Assert.DoesNotContain("Your numbers", notice.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.TeamChat), m => m.VisibleText!.Contains("Your numbers", StringComparison.Ordinal));
        Assert.Contains("Chats", personal.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_RefusesAndKeepsTheCode_WhenTheConfigurationMapsTheUserToAnotherOperator()
    {
        var code = await CodeForAsync("op-2");

        // The test operator is op-1 by Access:Operators: a code for op-2 would change nothing.
        _bot.Say(BotTestHost.Operator, "/link " + code);
        var refused = await _bot.WaitForAsync(BotTestHost.Operator, "Not linked");
        const long newcomer = 4343;
        _bot.Say(newcomer, "/link " + code);
        var linked = await _bot.WaitForAsync(newcomer, "Linked");

        Assert.Contains("op-1", refused.VisibleText, StringComparison.Ordinal);
        Assert.Contains("op-2", linked.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_Refuses_WhenTheConfigurationGivesTheOperatorToAnotherAccount()
    {
        var code = await CodeForAsync(BotTestHost.OperatorId);
        const long impostor = 4444;

        _bot.Say(impostor, "/link " + code);
        var refused = await _bot.WaitForAsync(impostor, "Not linked");
        _bot.Say(impostor, "/me");
        var me = await _bot.WaitForAsync(impostor, "Sorry");

        Assert.Contains("another Telegram account", refused.VisibleText, StringComparison.Ordinal);
        Assert.Contains("only for the support team", me.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamGroup_GetsAMenuOfTheTeamCommands()
    {
        await Eventually.WaitUntilAsync(() => _bot.Emulator.GetCommands("chat", chatId: BotTestHost.TeamChat).Count > 0, BotScenario.Patience, "the team group's menu");

        var menu = _bot.Emulator.GetCommands("chat", chatId: BotTestHost.TeamChat).Select(c => c.Command).ToList();

        Assert.Contains("stats", menu);
        Assert.Contains("missed", menu);
        Assert.DoesNotContain("linkcode", menu);
    }

    private async Task<string> CodeForAsync(string operatorId)
    {
        _bot.Say(BotTestHost.Supervisor, "/linkcode " + operatorId);
        var created = await _bot.WaitForAsync(BotTestHost.Supervisor, "One-time code for operator " + operatorId);
        return created.VisibleText!.Split("/link ")[1].Split('\n')[0].Trim();
    }
}
