using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>Commands through the real host and the real Telegram.Bot client: right numbers, right people only.</summary>
public sealed class StatsAndAccessTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        // 2026-11-20: answered in 10 s, answered in 30 s (over the 20 s SLA), missed, and a short abandon.
        await _bot.Host.UpsertAsync([.. TeamDay.Chats(), Chat("c-4", Customer("m1", 180, "oops")) with { EndedAt = T0.AddSeconds(183) }]);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Stats_AnswersSupervisorWithStoredNumbers_WhenPeriodHasChats()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats 2026-11-20");

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        Assert.Contains("Chats: 4\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Answered: 2\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Missed: 1 (33.3%)\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Short abandons: 1\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Service level (≤ 20s): 33.3%\n", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("ms|20261120|new|", reply.ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissedButton_ListsTheMissedChat_WhenPressedUnderStats()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats 2026-11-20");
        var stats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, "ms|20261120|new|");
        var missed = await _bot.WaitForAsync(BotTestHost.Supervisor, "Missed chats");

        Assert.Contains("webchat/c-3", missed.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Anyone there?", missed.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat/c-1", missed.VisibleText, StringComparison.Ordinal);
        Assert.Contains(_bot.Emulator.CallbackAnswers, a => a.CallbackQueryId is not null);
    }

    [Fact]
    public async Task Stats_RefusesStrangerAndSaysNothingElse_WhenUnknownUserAsks()
    {
        const long stranger = 777;
        _bot.Say(stranger, "/stats 2026-11-20");
        _bot.Say(stranger, "/operators");
        await Eventually.WaitUntilAsync(() => _bot.SentTo(stranger).Count == 2, BotScenario.Patience, "two refusals");

        var replies = _bot.SentTo(stranger);

        Assert.All(replies, r => Assert.StartsWith("Sorry, this bot is only for the support team.", r.VisibleText, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.DoesNotContain("Chats", r.VisibleText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Me_ShowsOnlyTheOperatorsOwnNumbers_WhenOperatorAsks()
    {
        _bot.Say(BotTestHost.Operator, "/me 2026-11-20");
        var me = await _bot.WaitForAsync(BotTestHost.Operator, "Your numbers");
        _bot.Say(BotTestHost.Operator, "/operator op-2 2026-11-20");
        var other = await _bot.WaitForAsync(BotTestHost.Operator, "Operators see only their own numbers");
        _bot.Say(BotTestHost.Operator, "/stats 2026-11-20");
        await Eventually.WaitUntilAsync(() => _bot.SentTo(BotTestHost.Operator).Count == 3, BotScenario.Patience, "three replies");

        Assert.Contains("Chats: 1\n", me.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Avg wait: 10s", me.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("Олег", string.Concat(_bot.SentTo(BotTestHost.Operator).Select(m => m.VisibleText)), StringComparison.Ordinal);
        Assert.Equal("Operators see only their own numbers: try /me.", other.VisibleText);
        Assert.Equal("Operators see only their own numbers: try /me.", _bot.SentTo(BotTestHost.Operator)[2].VisibleText);
    }

    [Fact]
    public async Task Stats_RepliesInRussian_WhenTelegramIsInRussianUntilLangOverrides()
    {
        _bot.Emulator.PushMessage(BotTestHost.Supervisor, BotTestHost.Supervisor, "/stats 2026-11-20", "ru");
        var russian = await _bot.WaitForAsync(BotTestHost.Supervisor, "Показатели");
        _bot.Emulator.PushMessage(BotTestHost.Supervisor, BotTestHost.Supervisor, "/lang en", "ru");
        _bot.Emulator.PushMessage(BotTestHost.Supervisor, BotTestHost.Supervisor, "/stats 2026-11-20", "ru");
        var english = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");

        Assert.Contains("Чаты: 4", russian.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Chats: 4", english.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_SendsPngPhoto_WhenSupervisorAsksForVolume()
    {
        _bot.Say(BotTestHost.Supervisor, "/chart volume 2026-11-18..2026-11-20");

        var photo = await _bot.Emulator.WaitForAsync(m => m.ChatId == BotTestHost.Supervisor && m.IsPhoto, BotScenario.Patience, TestContext.Current.CancellationToken);

        Assert.True(photo.FileByteLength > 5_000);
        Assert.Contains("Chats per day", photo.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetMyCommands_GivesEachRoleItsMenu_WhenServiceStarts()
    {
        // The menus are set one call after another at start: wait for the last of those the test reads.
        await Eventually.WaitUntilAsync(
            () => _bot.Emulator.GetCommands("chat", "ru", BotTestHost.Operator).Count > 0
                && _bot.Emulator.GetCommands("chat", chatId: BotTestHost.Supervisor).Count > 0
                && _bot.Emulator.GetCommands("chat", chatId: BotTestHost.Operator).Count > 0,
            BotScenario.Patience, "every role's menu");

        var everyone = _bot.Emulator.GetCommands().Select(c => c.Command).ToList();
        var supervisor = _bot.Emulator.GetCommands("chat", chatId: BotTestHost.Supervisor).Select(c => c.Command).ToList();
        var operatorMenu = _bot.Emulator.GetCommands("chat", chatId: BotTestHost.Operator).Select(c => c.Command).ToList();

        Assert.Contains("link", everyone);
        Assert.DoesNotContain("stats", everyone);
        Assert.Contains("stats", supervisor);
        Assert.Contains("me", operatorMenu);
        Assert.DoesNotContain("stats", operatorMenu);
        Assert.Contains(_bot.Emulator.GetCommands("chat", "ru", BotTestHost.Operator), c => c.Description.StartsWith("Мои показатели", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsubscribe_SaysWhereToChangeIt_WhenTheChatGetsAlertsFromTheConfiguration()
    {
        _bot.Emulator.PushMessage(BotTestHost.TeamChat, BotTestHost.Supervisor, "/unsubscribe", chatType: "supergroup");

        var reply = await _bot.WaitForAsync(BotTestHost.TeamChat, "Alerts:ChatIds");

        Assert.DoesNotContain("was not subscribed", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer get alerts", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkCode_MakesACodeOnlyForAnOperatorTheTranscriptsKnow_AndTheCodeLinks()
    {
        _bot.Say(BotTestHost.Supervisor, "/linkcode op-404");
        var refused = await _bot.WaitForAsync(BotTestHost.Supervisor, "No operator");

        _bot.Say(BotTestHost.Supervisor, "/linkcode op-2");
        var created = await _bot.WaitForAsync(BotTestHost.Supervisor, "One-time code for operator");
        var code = created.VisibleText!.Split("/link ")[1].Split('\n')[0].Trim();
        const long newcomer = 4242;
        _bot.Say(newcomer, "/link " + code);
        var linked = await _bot.WaitForAsync(newcomer, "Linked");

        Assert.Contains("op-404", refused.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("/link ", refused.VisibleText, StringComparison.Ordinal);
        Assert.Contains("op-2", linked.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_PointsASupervisorToTheTeamsNumbers_InsteadOfToASupervisor()
    {
        _bot.Say(BotTestHost.Supervisor, "/me");

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "/me shows an operator's own numbers");

        Assert.Contains("/stats", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask your supervisor", reply.VisibleText, StringComparison.Ordinal);
    }
}
