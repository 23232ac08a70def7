using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace QaBot.TelegramEmulator.Tests;

public sealed class FaultInjectionTests
{
    private const long ChatId = 555;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendMessage_Throws429WithRetryAfter_WhenFloodControlInjected()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var client = bot.CreateClient(retryThreshold: 0);
        bot.Emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 7", retryAfter: 7);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(ChatId, "alert", cancellationToken: Ct));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Empty(bot.Emulator.SentMessages);
    }

    [Fact]
    public async Task SendMessage_SucceedsAfterWaiting_WhenClientKeepsItsDefaultRetryOf429()
    {
        // Telegram.Bot itself waits and retries a 429 whose retry_after is within RetryThreshold (60 s by default).
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);

        var sent = await bot.Client.SendMessage(ChatId, "alert", cancellationToken: Ct);

        Assert.Equal("alert", sent.Text);
        Assert.Equal([429, 200], bot.Emulator.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task SendMessage_Succeeds_WhenInjectedFailuresAreUsedUp()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.FailNext("sendMessage", 502, "Bad Gateway", times: 2);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.SendMessage(ChatId, "a", cancellationToken: Ct));
        await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.SendMessage(ChatId, "a", cancellationToken: Ct));
        var third = await bot.Client.SendMessage(ChatId, "a", cancellationToken: Ct);

        Assert.Equal(502, first.ErrorCode);
        Assert.Equal(1, third.MessageId);
        Assert.Equal([502, 502, 200], bot.Emulator.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task SendMessage_IsNotAffected_WhenFailureQueuedForAnotherMethod()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.FailNext("sendPhoto", 500, "Internal Server Error");

        var sent = await bot.Client.SendMessage(ChatId, "text", cancellationToken: Ct);

        Assert.Equal("text", sent.Text);
    }

    [Fact]
    public async Task SendMessage_ThrowsRequestException_WhenConnectionAborted()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.AbortNext("sendMessage");

        await Assert.ThrowsAnyAsync<RequestException>(() => bot.Client.SendMessage(ChatId, "text", cancellationToken: Ct));

        Assert.Empty(bot.Emulator.SentMessages);
    }

    [Fact]
    public async Task SendMessage_Fails403_WhenUserBlockedTheBot()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.BlockChat(ChatId);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.SendMessage(ChatId, "weekly", cancellationToken: Ct));
        var otherChat = await bot.Client.SendMessage(ChatId + 1, "weekly", cancellationToken: Ct);

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Equal(ChatId + 1, otherChat.Chat.Id);
    }

    [Fact]
    public async Task SendMessage_Throws429_WhenRateLimitExceeded()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-02T09:00:00Z", CultureInfo.InvariantCulture));
        await using var bot = await EmulatedBot.StartAsync(new TelegramEmulatorOptions { TimeProvider = time, MessagesPerSecondLimit = 2 });
        var client = bot.CreateClient(retryThreshold: 0);

        await client.SendMessage(ChatId, "1", cancellationToken: Ct);
        await client.SendMessage(ChatId, "2", cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(ChatId, "3", cancellationToken: Ct));
        time.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = await client.SendMessage(ChatId, "3", cancellationToken: Ct);

        Assert.Equal((429, 1), (error.ErrorCode, error.Parameters?.RetryAfter));
        Assert.Equal("3", afterWindow.Text);
    }
}
