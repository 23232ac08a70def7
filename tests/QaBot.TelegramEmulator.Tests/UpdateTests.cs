using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.TelegramEmulator.Tests;

public sealed class UpdateTests
{
    private const long ChatId = 7001;
    private const long UserId = 7001;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetUpdates_ReturnsPushedMessage_WithLanguageAndCommandEntity()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var pushed = bot.Emulator.PushMessage(ChatId, UserId, "/stats 7d", languageCode: "ru");

        var update = Assert.Single(await bot.Client.GetUpdates(cancellationToken: Ct));

        Assert.Equal(pushed.UpdateId, update.Id);
        Assert.Equal("/stats 7d", update.Message?.Text);
        Assert.Equal("ru", update.Message?.From?.LanguageCode);
        Assert.Equal(ChatType.Private, update.Message?.Chat.Type);
        Assert.Equal((MessageEntityType.BotCommand, 0, 6), update.Message?.Entities?.Select(e => (e.Type, e.Offset, e.Length)).Single());
    }

    [Fact]
    public async Task GetUpdates_ReturnsEachUpdateUntilConfirmed_WhenOffsetAdvances()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.PushMessage(ChatId, UserId, "first");
        bot.Emulator.PushMessage(ChatId, UserId, "second");

        var all = await bot.Client.GetUpdates(cancellationToken: Ct);
        var again = await bot.Client.GetUpdates(offset: all[0].Id + 1, cancellationToken: Ct);
        var none = await bot.Client.GetUpdates(offset: all[1].Id + 1, cancellationToken: Ct);

        Assert.Equal(["first", "second"], all.Select(u => u.Message?.Text));
        Assert.Equal("second", Assert.Single(again).Message?.Text);
        Assert.Empty(none);
        Assert.Equal(0, bot.Emulator.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_ReturnsAtMostLimit_WhenMoreArePending()
    {
        await using var bot = await EmulatedBot.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            bot.Emulator.PushMessage(ChatId, UserId, $"m{i}");
        }

        var updates = await bot.Client.GetUpdates(limit: 2, cancellationToken: Ct);

        Assert.Equal(["m0", "m1"], updates.Select(u => u.Message?.Text));
    }

    [Fact]
    public async Task GetUpdates_ReturnsMessagePushedWhileWaiting_BeforeTimeout()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var poll = bot.Client.GetUpdates(timeout: 30, cancellationToken: Ct);
        bot.Emulator.PushMessage(ChatId, UserId, "hello");
        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal("hello", Assert.Single(updates).Message?.Text);
    }

    [Fact]
    public async Task GetUpdates_WaitsForTimeout_WhenNothingArrives()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var clock = Stopwatch.StartNew();

        var updates = await bot.Client.GetUpdates(timeout: 1, cancellationToken: Ct);

        Assert.Empty(updates);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"returned after {clock.Elapsed}");
    }

    [Fact]
    public async Task GetUpdates_DropsCallbackQueries_WhenAllowedUpdatesNamesOnlyMessages()
    {
        await using var bot = await EmulatedBot.StartAsync();
        bot.Emulator.PushCallbackQuery(ChatId, UserId, messageId: 1, data: "np:1");
        bot.Emulator.PushMessage(ChatId, UserId, "text");

        var updates = await bot.Client.GetUpdates(allowedUpdates: [UpdateType.Message], cancellationToken: Ct);

        Assert.Equal(UpdateType.Message, Assert.Single(updates).Type);
    }

    [Fact]
    public async Task GetUpdates_EndsOnePollerWith409_WhenTwoPollAtOnce()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var other = bot.CreateClient();

        var polls = new[] { bot.Client.GetUpdates(timeout: 1, cancellationToken: Ct), other.GetUpdates(timeout: 1, cancellationToken: Ct) };
        var outcomes = await Task.WhenAll(polls.Select(async p =>
        {
            try
            {
                await p;
                return null;
            }
            catch (ApiRequestException e)
            {
                return e;
            }
        }));

        var conflict = Assert.Single(outcomes, e => e is not null)!;
        Assert.Equal(409, conflict.ErrorCode);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_EndsHeldLongPollPromptly_WhenEmulatorStops()
    {
        var bot = await EmulatedBot.StartAsync();
        var poll = bot.Client.GetUpdates(timeout: 60, cancellationToken: Ct);
        var clock = Stopwatch.StartNew();

        await bot.DisposeAsync();

        await Assert.ThrowsAnyAsync<RequestException>(() => poll.WaitAsync(TimeSpan.FromSeconds(10), Ct));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {clock.Elapsed}");
    }

    [Fact]
    public async Task AnswerCallbackQuery_IsRecordedOnce_WhenButtonPressed()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var alert = await bot.Client.SendMessage(ChatId, "Rude message", cancellationToken: Ct);
        var pressed = bot.Emulator.PushCallbackQuery(ChatId, UserId, alert.MessageId, "np:42");

        var query = Assert.Single(await bot.Client.GetUpdates(cancellationToken: Ct)).CallbackQuery!;
        await bot.Client.AnswerCallbackQuery(query.Id, "Saved", cancellationToken: Ct);
        var twice = await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.AnswerCallbackQuery(query.Id, cancellationToken: Ct));

        Assert.Equal(("np:42", alert.MessageId, pressed.CallbackQueryId), (query.Data, query.Message?.MessageId, query.Id));
        Assert.Equal("Saved", Assert.Single(bot.Emulator.CallbackAnswers).Text);
        Assert.Equal(400, twice.ErrorCode);
    }

    [Fact]
    public async Task StartReceiving_DeliversPushedMessageToHandler_WhenBotRepliesThroughEmulator()
    {
        await using var bot = await EmulatedBot.StartAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        bot.Client.StartReceiving(
            async (client, update, ct) =>
            {
                if (update.Message is { Text: "/ping" } message)
                {
                    await client.SendMessage(message.Chat, "pong", cancellationToken: ct);
                }
            },
            (_, _, _) => Task.CompletedTask,
            new ReceiverOptions { AllowedUpdates = [UpdateType.Message] },
            stop.Token);

        bot.Emulator.PushMessage(ChatId, UserId, "/ping");
        var reply = await bot.Emulator.WaitForAsync(m => m.VisibleText == "pong", TimeSpan.FromSeconds(10), Ct);
        await stop.CancelAsync();

        Assert.Equal(ChatId, reply.ChatId);
    }
}
