using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;
using static QaBot.IntegrationTests.Telegram.EndToEnd.WorstCommandTests;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// Drill-down everywhere (issue 11, capability 1) through the real host and the emulator: /stats → waiting chats,
/// channels and the chats of a failed check (keeping the group); an alert → its chat; /worst → its next page.
/// </summary>
public sealed class DrillDownTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _bot = await BotScenario.StartAsync("--Alerts:AfterSeconds=2");

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Stats_OpensChannels_AndTheChatsOfAFailedCheck_InTheSameGroup()
    {
        await _bot.Host.UpsertAsync(
        [
            .. TeamDay.Chats(),
            Chat("mail-1", Customer("m1", 300, "Invoice please"), Operator("m2", 3900, "Attached, have a good day!")) with { Group = "sales", Channel = Channels.Email, EndedAt = T0.AddHours(2) },
        ]);
        await ScoredAsync("c-1", "c-2", "mail-1");

        _bot.Say(BotTestHost.Supervisor, "/stats sales 2026-11-20");
        var stats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");
        var channels = Callbacks(stats).Single(d => d.StartsWith("sd|c|", StringComparison.Ordinal));
        var failed = Callbacks(stats).First(d => d.StartsWith("fc|", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, channels);
        var byChannel = await _bot.WaitForAsync(BotTestHost.Supervisor, "Channels");
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, failed);
        var chats = await _bot.WaitForAsync(BotTestHost.Supervisor, "failed ·");

        Assert.EndsWith("|sales", failed, StringComparison.Ordinal);
        Assert.Contains("E-mail", byChannel.VisibleText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("💬 Chat · chats: 2", byChannel.VisibleText, StringComparison.Ordinal);
        Assert.Contains("sales", chats.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat/c-3", chats.VisibleText, StringComparison.Ordinal);
        Assert.Contains(Buttons(chats), b => b.Text == "💬 1");
    }

    [Fact]
    public async Task Stats_ListsTheChatsWaitingNow_AndTheAlertOpensItsChat()
    {
        await MissedChatAlertTests.PostAsync(_bot, "wait-1", "support", MissedChatAlertTests.Message("m1", DateTimeOffset.UtcNow, "customer", "My parcel is lost"));
        var alert = await _bot.WaitForAsync(BotTestHost.TeamChat, "Chat waiting over 2s");

        _bot.Say(BotTestHost.Supervisor, "/stats");
        var stats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats");
        var waiting = Callbacks(stats).Single(d => d.StartsWith("sd|w|", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, stats.MessageId, waiting);
        var list = await _bot.WaitForAsync(BotTestHost.Supervisor, "⏳ Waiting now");
        _bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Supervisor, alert.MessageId, "cv|k|webchat|wait-1");
        var chat = await _bot.WaitForAsync(BotTestHost.TeamChat, "My parcel is lost\n");

        Assert.Contains(Buttons(stats), b => b.Text == "⏳ Waiting (1)");
        Assert.Contains("1. webchat/wait-1 · support · waiting", list.VisibleText, StringComparison.Ordinal);
        Assert.Contains(Buttons(list), b => b.Text == "💬 1");
        Assert.Contains(Buttons(alert), b => b.Data == "cv|k|webchat|wait-1");
        Assert.Contains("waiting for", chat.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worst_TurnsToTheNextPage_WhenMoreThanTenChatsLostPoints()
    {
        var chats = Enumerable.Range(1, 12).Select(i =>
            Chat($"w-{i:00}", Customer("m1", i * 60, "Where is my refund?"), Operator("m2", (i * 60) + 5, "Are you stupid? Read the email.")) with { EndedAt = T0.AddMinutes(i + 30) }).ToArray();
        await _bot.Host.UpsertAsync(chats);
        await ScoredAsync([.. chats.Select(c => c.Id)]);

        _bot.Say(BotTestHost.Supervisor, "/worst 2026-11-20");
        var first = await _bot.WaitForAsync(BotTestHost.Supervisor, "Lowest QA scores");
        var next = Callbacks(first).Single(d => d.StartsWith("wp|", StringComparison.Ordinal) && d.Contains("|1|", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, first.MessageId, next);
        var second = await _bot.Emulator.WaitForAsync(m => m.IsEdit && m.MessageId == first.MessageId, BotScenario.Patience, Ct);

        Assert.Equal(10, first.VisibleText!.Split('\n').Count(l => l.Contains("webchat/w-", StringComparison.Ordinal)));
        Assert.Equal(2, second.VisibleText!.Split('\n').Count(l => l.Contains("webchat/w-", StringComparison.Ordinal)));
        Assert.Contains("Page 2 of 2", second.VisibleText, StringComparison.Ordinal);
        Assert.Contains(Callbacks(second), d => d.StartsWith("wp|", StringComparison.Ordinal) && d.Contains("|0|", StringComparison.Ordinal));
        Assert.Contains("Page 1 of 2", first.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedCheckChats_AndAnOperatorsChats_ArePagedInPlace()
    {
        var chats = Enumerable.Range(1, 12).Select(i =>
            Chat($"p-{i:00}", Customer("m1", i * 60, "Where is my refund?"), Operator("m2", (i * 60) + 5, "Are you stupid? Read the email.")) with { EndedAt = T0.AddMinutes(i + 30) }).ToArray();
        await _bot.Host.UpsertAsync(chats);
        await ScoredAsync([.. chats.Select(c => c.Id)]);

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, 1, "fc|2026-11-20|politeness");
        var first = await _bot.WaitForAsync(BotTestHost.Supervisor, "Page 1 of 2");
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, first.MessageId, Callbacks(first).Single(d => d.StartsWith("fc|", StringComparison.Ordinal)));
        var second = await _bot.Emulator.WaitForAsync(m => m.IsEdit && m.MessageId == first.MessageId, BotScenario.Patience, Ct);
        _bot.Emulator.PushCallbackQuery(BotTestHost.Operator, BotTestHost.Operator, 1, $"ow|2026-11-20|{BotTestHost.OperatorId}");
        var own = await _bot.WaitForAsync(BotTestHost.Operator, "Page 1 of 2");

        Assert.Contains("politeness", first.VisibleText, StringComparison.Ordinal);
        Assert.Equal(2, second.VisibleText!.Split('\n').Count(l => l.Contains("webchat/p-", StringComparison.Ordinal)));
        Assert.Contains("Page 2 of 2", second.VisibleText, StringComparison.Ordinal);
        Assert.Equal(10, own.VisibleText!.Split('\n').Count(l => l.Contains("webchat/p-", StringComparison.Ordinal)));
        Assert.Contains(Callbacks(own), d => d == $"ow|2026-11-20|{BotTestHost.OperatorId}|1");
    }

    [Fact]
    public async Task Operators_TurnsToTheNextPage_WithRanksAndButtonsContinuing()
    {
        await _bot.Host.UpsertAsync([.. Enumerable.Range(1, 12).Select(i =>
            Chat($"o-{i:00}", Customer("m1", i * 60, "Hello"), Operator("m2", (i * 60) + 5, "Hi! How can I help?", $"op-{i + 10}", $"Оператор {i}")) with { EndedAt = T0.AddMinutes(i + 30) })]);

        _bot.Say(BotTestHost.Supervisor, "/operators 2026-11-20");
        var first = await _bot.WaitForAsync(BotTestHost.Supervisor, "Page 1 of 2");
        var next = Callbacks(first).Single(d => d.StartsWith("op|", StringComparison.Ordinal) && d.EndsWith("|1", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, first.MessageId, next);
        var second = await _bot.Emulator.WaitForAsync(m => m.IsEdit && m.MessageId == first.MessageId, BotScenario.Patience, Ct);

        Assert.Equal(10, Buttons(first).Count(b => b.Text.StartsWith("👤", StringComparison.Ordinal)));
        Assert.Contains("Page 2 of 2", second.VisibleText, StringComparison.Ordinal);
        Assert.Contains("\n12. ", second.VisibleText, StringComparison.Ordinal);
        Assert.Equal(["👤 11", "👤 12"], Buttons(second).Where(b => b.Text.StartsWith("👤", StringComparison.Ordinal)).Select(b => b.Text));
        Assert.Contains(Callbacks(second), d => d.StartsWith("op|", StringComparison.Ordinal) && d.EndsWith("|0", StringComparison.Ordinal));
    }

    private async Task ScoredAsync(params string[] ids)
    {
        var results = _bot.Host.Services.GetRequiredService<IChatResultStore>();
        foreach (var id in ids)
        {
            await Eventually.ResultAsync(() => results.GetResultAsync(new ChatKey("webchat", id), Ct), BotScenario.Patience, $"chat {id} scored");
        }
    }
}
