using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>/worst through the real host, scoring worker and emulator (issue 11, defects 2 and 10).</summary>
public sealed class WorstCommandTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        await _bot.Host.UpsertAsync(
            Chat("perfect",
                Customer("m1", 0, "Hi, where is my order?"),
                Operator("m2", 5, "Hello! Your order ships today. Anything else I can help with?", "op-5", "Вера"),
                Customer("m3", 20, "No, that's all"),
                Operator("m4", 25, "Have a nice day!", "op-5", "Вера")) with { Group = "sales", EndedAt = T0.AddMinutes(2) },
            Chat("rude",
                Customer("m1", 100, "Hi, where is my refund?"),
                Operator("m2", 105, "Are you stupid? Read the email.", "op-6", "Дана")) with { Group = "sales", EndedAt = T0.AddMinutes(5) },
            Chat("elsewhere",
                Customer("m1", 200, "Hi, is the shop open?"),
                Operator("m2", 260, "Are you stupid? It says so on the page.", "op-7", "Глеб")) with { Group = "support", EndedAt = T0.AddMinutes(8) });
        var results = _bot.Host.Services.GetRequiredService<IChatResultStore>();
        foreach (var id in new[] { "perfect", "rude", "elsewhere" })
        {
            await Eventually.ResultAsync(() => results.GetResultAsync(new ChatKey("webchat", id), Ct), BotScenario.Patience, $"chat {id} scored");
        }
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Worst_ListsTheGroupsChatsThatLostPoints_WithTheOperatorAndTheMessageThatCostMost()
    {
        var perfect = await _bot.Host.Services.GetRequiredService<IChatResultStore>().GetResultAsync(new ChatKey("webchat", "perfect"), Ct);
        Assert.Equal(100, perfect!.QaScore);

        _bot.Say(BotTestHost.Supervisor, "/worst sales 2026-11-20");
        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "Lowest QA scores");

        Assert.Contains("rude", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Дана", reply.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Дана: “Are you stupid? Read the email.”", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("perfect", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worst_OpensTheListedChat_WithItsButton()
    {
        _bot.Say(BotTestHost.Supervisor, "/worst 2026-11-20");
        var list = await _bot.WaitForAsync(BotTestHost.Supervisor, "Lowest QA scores");
        var first = Callbacks(list).First(d => d.StartsWith("cv|", StringComparison.Ordinal));

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, list.MessageId, first);
        var chat = await _bot.WaitForAsync(BotTestHost.Supervisor, "Chat webchat/");

        Assert.StartsWith("1. ", list.VisibleText!.Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains("💬 1", Buttons(list).Select(b => b.Text));
        Assert.Contains("Are you stupid?", chat.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_DrillDownToAnOperator_ThenToTheirChatsThatLostPoints()
    {
        _bot.Say(BotTestHost.Supervisor, "/operators 2026-11-20");
        var board = await _bot.WaitForAsync(BotTestHost.Supervisor, "Operators");
        var dana = Callbacks(board).Single(d => d.EndsWith("|op-6", StringComparison.Ordinal));

        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, board.MessageId, dana);
        var detail = await _bot.WaitForAsync(BotTestHost.Supervisor, "👤 Дана");
        var failing = Callbacks(detail).Single(d => d.StartsWith("ow|", StringComparison.Ordinal));
        _bot.Emulator.PushCallbackQuery(BotTestHost.Supervisor, BotTestHost.Supervisor, detail.MessageId, failing);
        var chats = await _bot.WaitForAsync(BotTestHost.Supervisor, "Lowest QA scores");

        Assert.Contains("op-6", chats.VisibleText!.Split('\n')[0], StringComparison.Ordinal);

        Assert.Contains("webchat/rude", chats.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("webchat/elsewhere", chats.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatButton_OpensAnOperatorsOwnChatInPrivate_AndRefusesAnothers()
    {
        // The test operator (op-1) presses buttons naming a chat they did not write in, and one they did.
        await _bot.Host.UpsertAsync(Chat("mine", Customer("m1", 300, "Hello"), Operator("m2", 305, "Hi! How can I help?")) with { EndedAt = T0.AddMinutes(9) });

        _bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Operator, 1, "cv|k|webchat|rude");
        var refused = await _bot.WaitForAsync(BotTestHost.TeamChat, "only the chats you wrote in");
        _bot.Emulator.PushCallbackQuery(BotTestHost.TeamChat, BotTestHost.Operator, 1, "cv|k|webchat|mine");
        var own = await _bot.WaitForAsync(BotTestHost.Operator, "webchat/mine");

        Assert.DoesNotContain("Are you stupid", refused.VisibleText, StringComparison.Ordinal);
        Assert.Contains("👉 ", own.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.TeamChat), m => m.VisibleText!.Contains("How can I help", StringComparison.Ordinal));
    }

    internal static List<string> Callbacks(QaBot.TelegramEmulator.Recording.RecordedMessage message) => [.. Buttons(message).Select(b => b.Data)];

    internal static List<(string Text, string Data)> Buttons(QaBot.TelegramEmulator.Recording.RecordedMessage message)
    {
        using var markup = System.Text.Json.JsonDocument.Parse(message.ReplyMarkupJson!);
        return [.. markup.RootElement.GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray())
            .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("callback_data").GetString()!))];
    }
}
