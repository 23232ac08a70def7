using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.TelegramEmulator.Tests;

public sealed class MessageTests
{
    private const long ChatId = 4242;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendMessage_ReturnsAndRecordsMessage_WithIdsIncreasingPerChat()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var first = await bot.Client.SendMessage(ChatId, "<b>Missed chat</b> in Sales", ParseMode.Html, cancellationToken: Ct);
        var second = await bot.Client.SendMessage(ChatId, "second", cancellationToken: Ct);
        var otherChat = await bot.Client.SendMessage(-100777, "elsewhere", cancellationToken: Ct);

        Assert.Equal(1, first.MessageId);
        Assert.Equal(2, second.MessageId);
        Assert.Equal(1, otherChat.MessageId);
        Assert.Equal("Missed chat in Sales", first.Text);
        Assert.Equal(MessageEntityType.Bold, Assert.Single(first.Entities!).Type);
        var recorded = bot.Emulator.SentMessages[0];
        Assert.Equal((ChatId, 1, "<b>Missed chat</b> in Sales", "Html", "Missed chat in Sales"),
            (recorded.ChatId, recorded.MessageId, recorded.Text, recorded.ParseMode, recorded.VisibleText));
    }

    [Fact]
    public async Task EditMessageText_ReplacesVisibleText_WhenMessageWasSent()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(ChatId, "Waiting 60 s", cancellationToken: Ct);

        var edited = await bot.Client.EditMessageText(ChatId, sent.MessageId, "Answered by <i>Anna</i>", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("Answered by Anna", edited.Text);
        Assert.NotNull(edited.EditDate);
        var current = bot.Emulator.GetCurrentMessage(ChatId, sent.MessageId);
        Assert.Equal(("editMessageText", "Answered by Anna"), (current?.Method, current?.VisibleText));
        Assert.True(bot.Emulator.SentMessages[^1].IsEdit);
    }

    [Fact]
    public async Task EditMessageText_FailsWithNotFound_WhenMessageUnknown()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.EditMessageText(ChatId, 99, "text", cancellationToken: Ct));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message to edit not found", error.Message);
    }

    [Fact]
    public async Task EditMessageText_FailsWithNotModified_WhenTextAndMarkupUnchanged()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(ChatId, "<b>same</b>", ParseMode.Html, cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.EditMessageText(ChatId, sent.MessageId, "<b>same</b>", ParseMode.Html, cancellationToken: Ct));

        Assert.StartsWith("Bad Request: message is not modified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMessageText_RemovesInlineKeyboard_WhenReplyMarkupOmitted()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Not a problem", "np:42"));
        var sent = await bot.Client.SendMessage(ChatId, "Rude message", replyMarkup: keyboard, cancellationToken: Ct);

        var edited = await bot.Client.EditMessageText(ChatId, sent.MessageId, "Marked as not a problem", cancellationToken: Ct);

        Assert.NotNull(sent.ReplyMarkup);
        Assert.Null(edited.ReplyMarkup);
        Assert.Contains("np:42", bot.Emulator.SentMessages[0].ReplyMarkupJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_FailsWithButtonDataInvalid_WhenCallbackDataOver64Bytes()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Chats", new string('x', 65)));

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendMessage(ChatId, "stats", replyMarkup: keyboard, cancellationToken: Ct));

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", error.Message);
        Assert.Empty(bot.Emulator.SentMessages);
    }

    [Fact]
    public async Task DeleteMessage_RemovesMessage_AndFailsTheSecondTime()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var sent = await bot.Client.SendMessage(ChatId, "temporary", cancellationToken: Ct);

        await bot.Client.DeleteMessage(ChatId, sent.MessageId, Ct);
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.DeleteMessage(ChatId, sent.MessageId, Ct));

        Assert.Null(bot.Emulator.GetCurrentMessage(ChatId, sent.MessageId));
        Assert.Equal("Bad Request: message to delete not found", error.Message);
    }

    [Fact]
    public async Task WaitForAsync_ReturnsMessage_WhenSentAfterWaitingStarted()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var waiting = bot.Emulator.WaitForAsync(m => m.VisibleText == "alert", TimeSpan.FromSeconds(10), Ct);
        await bot.Client.SendMessage(ChatId, "alert", cancellationToken: Ct);

        Assert.Equal(ChatId, (await waiting).ChatId);
    }

    [Fact]
    public async Task WaitForAsync_ThrowsTimeoutNamingWhatWasSent_WhenNothingMatches()
    {
        await using var bot = await EmulatedBot.StartAsync();
        await bot.Client.SendMessage(ChatId, "something else", cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => bot.Emulator.WaitForAsync(m => m.VisibleText == "alert", TimeSpan.FromMilliseconds(100), Ct));

        Assert.Contains("something else", error.Message, StringComparison.Ordinal);
    }
}
