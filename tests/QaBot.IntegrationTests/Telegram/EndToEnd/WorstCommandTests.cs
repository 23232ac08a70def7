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
}
