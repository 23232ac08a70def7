using System.Net;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace QaBot.TelegramEmulator.Tests;

public sealed class TelegramRulesTests
{
    private const long ChatId = 1001;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendRequest_Fails404_WhenMethodDoesNotExist()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendRequest(new TeleportRequest(), Ct));

        Assert.Equal(404, error.ErrorCode);
        Assert.Equal("Not Found", error.Message);
    }

    [Fact]
    public async Task GetMe_Fails401_WhenTokenIsNotTheConfiguredOne()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var stranger = bot.CreateClient(token: "987654:someone-elses-token");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe(Ct));

        Assert.Equal(401, error.ErrorCode);
        Assert.Equal("Unauthorized", error.Message);
    }

    [Fact]
    public async Task GetMe_ReturnsTheBot_WhenTokenIsRight()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var me = await bot.Client.GetMe(Ct);

        Assert.Equal((bot.Emulator.BotId, true, bot.Emulator.BotUsername), (me.Id, me.IsBot, me.Username));
    }

    [Fact]
    public async Task SendMessage_Fails400_WhenRequiredFieldMissing()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var (status, body) = await bot.PostRawAsync("sendMessage", new { chat_id = ChatId });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Bad Request: message text is empty", (string?)body["description"]);
        Assert.False((bool?)body["ok"]);
    }

    [Fact]
    public async Task SendMessage_Fails400_WhenChatIdMissing()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var (status, body) = await bot.PostRawAsync("sendMessage", new { text = "hello" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Bad Request: chat_id is empty", (string?)body["description"]);
    }

    [Fact]
    public async Task SendMessage_IsServed_WhenMethodNameCasingDiffers()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var (status, _) = await bot.PostRawAsync("SENDMESSAGE", new { chat_id = ChatId, text = "hi" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("sendMessage", Assert.Single(bot.Emulator.SentMessages).Method);
    }

    [Fact]
    public async Task SendMessage_ReadsEveryField_WhenSentAsUrlEncodedForm()
    {
        await using var bot = await EmulatedBot.StartAsync();
        const string keyboard = """{"inline_keyboard":[[{"text":"Chats","callback_data":"chats:today"}]]}""";

        var (status, body) = await bot.SendFormAsync("sendMessage", new Dictionary<string, string>
        {
            ["chat_id"] = "-100500", ["text"] = "<i>today</i>", ["parse_mode"] = "HTML", ["reply_markup"] = keyboard,
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("today", (string?)body["result"]?["text"]);
        Assert.Equal(keyboard, Assert.Single(bot.Emulator.SentMessages).ReplyMarkupJson);
    }

    [Fact]
    public async Task SendMessage_ReadsQueryString_WhenRequestedWithGet()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var (status, body) = await bot.SendFormAsync(
            "sendMessage", new Dictionary<string, string> { ["chat_id"] = "77", ["text"] = "via GET" }, get: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(77L, (long?)body["result"]?["chat"]?["id"]);
    }

    [Fact]
    public async Task SendDice_Fails400NotSupported_WhenMethodExistsButIsNotEmulated()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var (status, body) = await bot.PostRawAsync("sendDice", new { chat_id = ChatId });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Bad Request: method not supported by emulator", (string?)body["description"]);
    }

    [Fact]
    public async Task SendMessage_AcceptsText_WhenExactly4096Characters()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var sent = await bot.Client.SendMessage(ChatId, new string('a', 4096), cancellationToken: Ct);

        Assert.Equal(4096, sent.Text!.Length);
    }

    [Fact]
    public async Task SendMessage_FailsTooLong_When4097Characters()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendMessage(ChatId, new string('a', 4097), cancellationToken: Ct));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Fact]
    public async Task SendMessage_CountsVisibleText_WhenHtmlTagsAndEntitiesPushRawLengthOver4096()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var html = "<b>" + string.Concat(Enumerable.Repeat("&lt;", 1024)) + new string('a', 3072) + "</b>";

        var sent = await bot.Client.SendMessage(ChatId, html, ParseMode.Html, cancellationToken: Ct);

        Assert.Equal(4096, sent.Text!.Length);
    }

    [Fact]
    public async Task SendMessage_CountsUtf16CodeUnits_WhenTextHasEmoji()
    {
        await using var bot = await EmulatedBot.StartAsync();
        var emoji = string.Concat(Enumerable.Repeat("😀", 2048));

        await bot.Client.SendMessage(ChatId, emoji, cancellationToken: Ct);
        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendMessage(ChatId, emoji + "!", cancellationToken: Ct));

        Assert.Equal("Bad Request: message is too long", error.Message);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "Unsupported start tag \"script\" at byte offset 0")]
    [InlineData("<b>bold", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("wait < 60 s", "Unsupported start tag \"\" at byte offset 5")]
    [InlineData("Tom & Jerry", "Character '&' at byte offset 4 must be escaped as &amp;")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    public async Task SendMessage_FailsCantParseEntities_WhenHtmlIsInvalid(string html, string reason)
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SendMessage(ChatId, html, ParseMode.Html, cancellationToken: Ct));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal($"Bad Request: can't parse entities: {reason}", error.Message);
    }

    [Fact]
    public async Task SendMessage_ShowsLiteralTag_WhenOutsideTextIsEscaped()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var sent = await bot.Client.SendMessage(ChatId, "Customer wrote: &lt;script&gt; &amp; &quot;hi&quot; &#128512;", ParseMode.Html, cancellationToken: Ct);

        Assert.Equal("Customer wrote: <script> & \"hi\" 😀", sent.Text);
        Assert.Equal(sent.Text, bot.Emulator.SentMessages[0].VisibleText);
    }

    [Fact]
    public async Task SendMessage_AcceptsRawMarkupCharacters_WhenParseModeIsNone()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var sent = await bot.Client.SendMessage(ChatId, "a < b & c", cancellationToken: Ct);

        Assert.Equal("a < b & c", sent.Text);
    }

    /// <summary>A method Telegram does not have, sent through the real client.</summary>
    private sealed class TeleportRequest() : ParameterlessRequest<bool>("sendTeleportation");
}
