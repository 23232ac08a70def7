using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>Delivery through the persistent outbox: Telegram's errors survived, nothing lost, nothing sent twice.</summary>
public sealed class OutboxDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_DeliversEveryMessageOnce_When429And500AndNetworkFailureHappen()
    {
        await using var bot = await BotScenario.StartAsync();
        bot.Emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);
        bot.Emulator.FailNext("sendMessage", 500, "Internal Server Error");
        bot.Emulator.AbortNext("sendMessage");
        var outbox = bot.Host.Services.GetRequiredService<TelegramOutbox>();

        foreach (var chat in new long[] { 41, 42, 43 })
        {
            await outbox.SendTextAsync(chat, $"report for {chat}", cancellationToken: Ct);
        }

        await Eventually.WaitUntilAsync(() => bot.Emulator.SentMessages.Count == 3, BotScenario.Patience, "three delivered messages");
        Assert.Equal(["report for 41", "report for 42", "report for 43"], bot.Emulator.SentMessages.Select(m => m.VisibleText).Order());
        Assert.Contains(bot.Emulator.Calls, c => c.StatusCode == 429);
        Assert.Contains(bot.Emulator.Calls, c => c.StatusCode == 500);
        Assert.Contains(bot.Emulator.Calls, c => c.StatusCode == 0);
        Assert.DoesNotContain(bot.Host.Logs.Lines, l => l.Contains(bot.Emulator.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_DeliversRestExactlyOnce_WhenServiceRestartsMidOutbox()
    {
        await using var bot = await BotScenario.StartAsync("--Telegram:Delivery:GlobalPerSecond=5");
        var outbox = bot.Host.Services.GetRequiredService<TelegramOutbox>();
        var texts = Enumerable.Range(1, 20).Select(i => $"message {i}").ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            await outbox.SendTextAsync(100 + i, texts[i], cancellationToken: Ct);
        }

        await Eventually.WaitUntilAsync(() => bot.Emulator.SentMessages.Count >= 3, BotScenario.Patience, "the first messages");
        await bot.StopAsync();
        var deliveredBeforeRestart = bot.Emulator.SentMessages.Count;
        await bot.RestartAsync();
        await Eventually.WaitUntilAsync(() => bot.Emulator.SentMessages.Count >= texts.Count, BotScenario.Patience, "every message");
        var counts = await bot.Host.Services.GetRequiredService<OutboxStore>().CountByStateAsync(Ct);

        Assert.InRange(deliveredBeforeRestart, 3, texts.Count - 1);
        Assert.Equal(texts, bot.Emulator.SentMessages.Select(m => m.VisibleText!).Order(StringComparer.Ordinal).OrderBy(t => int.Parse(t[8..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(texts.Count, counts[OutboxState.Sent]);
    }

    [Fact]
    public async Task Outbox_DropsAndLogsReason_WhenTelegramRejectsMessage()
    {
        await using var bot = await BotScenario.StartAsync();
        var outbox = bot.Host.Services.GetRequiredService<TelegramOutbox>();
        bot.Emulator.FailNext("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag");

        var rejected = (await outbox.SendTextAsync(51, "first", cancellationToken: Ct))[0];
        await outbox.SendTextAsync(51, "second", cancellationToken: Ct);
        await bot.WaitForAsync(51, "second");
        var status = await bot.Host.Services.GetRequiredService<OutboxStore>().GetStatusAsync(rejected, Ct);

        Assert.Equal(OutboxState.Dropped, status!.Value.State);
        Assert.Contains("can't parse entities", status.Value.LastError, StringComparison.Ordinal);
        Assert.Contains(bot.Host.Logs.Lines, l => l.Contains("can't parse entities", StringComparison.Ordinal));
        Assert.Equal(2, bot.Emulator.Calls.Count(c => c.Method == "sendMessage"));
    }
}
