namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// Warnings before the breach through the real host and the emulator (issue 11, capability 4): a live chat is posted at
/// <c>Alerts:WarnAtPercent</c> of its threshold with "I'll take it" and "Remind", and the same message becomes the
/// missed-chat alert at 100 %; <c>Alerts:EscalateAfterSeconds</c> reaches the supervisors once.
/// </summary>
public sealed class AlertWarningTests
{
    [Fact]
    public async Task Warning_At50Percent_TakenWithTheButton_ThenTheSameMessageBecomesTheAlert()
    {
        await using var bot = await BotScenario.StartAsync("--Alerts:AfterSeconds=4", "--Alerts:WarnAtPercent:0=50", "--Alerts:WarnAtPercent:1=90");
        var start = DateTimeOffset.UtcNow;
        await MissedChatAlertTests.PostAsync(bot, "warn-1", "sales", MissedChatAlertTests.Message("m1", start, "customer", "Can I change my delivery address?"));

        var warning = await bot.Emulator.WaitForAsync(m => m.ChatId == BotTestHost.TeamChat && m.Method == "sendMessage", BotScenario.Patience, TestContext.Current.CancellationToken);
        var take = warning.ReplyMarkupJson!.Split('"').First(p => p.StartsWith("tk|", StringComparison.Ordinal));
        bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Operator, warning.MessageId, take);
        var taken = await bot.WaitForAsync(BotTestHost.TeamChat, "is on it");
        var alert = await bot.WaitForAsync(BotTestHost.TeamChat, "Chat waiting over 4s");

        Assert.True(warning.RecordedAt - start < TimeSpan.FromSeconds(4), "the warning came before the threshold");
        Assert.Contains("⚠️ 50%", warning.VisibleText, StringComparison.Ordinal);
        Assert.Contains("I\\u0027ll take it", warning.ReplyMarkupJson, StringComparison.Ordinal);
        Assert.Equal(warning.MessageId, taken.MessageId);
        Assert.Equal(warning.MessageId, alert.MessageId);
        Assert.Contains("is on it", alert.VisibleText, StringComparison.Ordinal);
        Assert.Single(bot.SentTo(BotTestHost.TeamChat), m => m.Method == "sendMessage");
    }

    [Fact]
    public async Task Remind_RepostsAnUntakenChat_AndEscalationReachesSupervisorsOnce()
    {
        await using var bot = await BotScenario.StartAsync("--Alerts:AfterSeconds=2", "--Alerts:EscalateAfterSeconds=3");
        await MissedChatAlertTests.PostAsync(bot, "esc-1", "support", MissedChatAlertTests.Message("m1", DateTimeOffset.UtcNow, "customer", "Hello, anyone?"));

        var first = await bot.Emulator.WaitForAsync(m => m.ChatId == BotTestHost.TeamChat && m.Method == "sendMessage", BotScenario.Patience, TestContext.Current.CancellationToken);
        var remind = first.ReplyMarkupJson!.Split('"').First(p => p.StartsWith("rm|", StringComparison.Ordinal));
        bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Supervisor, first.MessageId, remind);
        var reminder = await bot.WaitForAsync(BotTestHost.TeamChat, "Still waiting");
        var escalation = await bot.WaitForAsync(BotTestHost.Supervisor, "Still unanswered after");

        Assert.Contains("webchat/esc-1", reminder.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Hello, anyone?", escalation.VisibleText, StringComparison.Ordinal);
        await Task.Delay(1500, TestContext.Current.CancellationToken);
        Assert.Single(bot.SentTo(BotTestHost.Supervisor), m => m.VisibleText!.Contains("Still unanswered", StringComparison.Ordinal));
    }
}
