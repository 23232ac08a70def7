using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace QaBot.TelegramEmulator.Tests;

public sealed class WebhookTests
{
    private const long ChatId = 9001;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetUpdates_Fails409_WhenWebhookIsSet()
    {
        await using var bot = await EmulatedBot.StartAsync();
        await bot.Client.SetWebhook("https://qabot.example/telegram", secretToken: "s3cret", cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.Client.GetUpdates(cancellationToken: Ct));
        var info = await bot.Client.GetWebhookInfo(Ct);

        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("https://qabot.example/telegram", info.Url);
    }

    [Fact]
    public async Task SetWebhook_Fails400_WhenUrlIsPlainHttpOnAPublicHost()
    {
        await using var bot = await EmulatedBot.StartAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(
            () => bot.Client.SetWebhook("http://qabot.example/telegram", cancellationToken: Ct));

        Assert.Equal("Bad Request: bad webhook: An HTTPS URL must be provided for webhook", error.Message);
    }

    [Fact]
    public async Task DeliverPendingUpdatesToWebhookAsync_PostsUpdateWithSecretHeader_WhenBotSetWebhook()
    {
        var received = new ConcurrentQueue<(string? Secret, JsonObject? Body)>();
        await using var receiver = await StartReceiverAsync(async context =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            received.Enqueue((context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString(), body as JsonObject));
        });
        await using var bot = await EmulatedBot.StartAsync();
        await bot.Client.SetWebhook($"{receiver.Urls.Single()}/telegram", secretToken: "s3cret", cancellationToken: Ct);
        var pushed = bot.Emulator.PushMessage(ChatId, ChatId, "/help");

        var delivered = await bot.Emulator.DeliverPendingUpdatesToWebhookAsync(Ct);

        Assert.Equal(1, delivered);
        Assert.Equal(0, bot.Emulator.PendingUpdateCount);
        var (secret, update) = Assert.Single(received);
        Assert.Equal("s3cret", secret);
        Assert.Equal(pushed.UpdateId, (long?)update?["update_id"]);
        Assert.Equal("/help", (string?)update?["message"]?["text"]);
    }

    [Fact]
    public async Task DeliverPendingUpdatesToWebhookAsync_KeepsUpdatePending_WhenBotAnswersError()
    {
        await using var receiver = await StartReceiverAsync(context =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.Unauthorized;
            return Task.CompletedTask;
        });
        await using var bot = await EmulatedBot.StartAsync();
        await bot.Client.SetWebhook($"{receiver.Urls.Single()}/telegram", secretToken: "wrong", cancellationToken: Ct);
        bot.Emulator.PushMessage(ChatId, ChatId, "/help");

        var delivered = await bot.Emulator.DeliverPendingUpdatesToWebhookAsync(Ct);

        Assert.Equal(0, delivered);
        Assert.Equal(1, bot.Emulator.PendingUpdateCount);
    }

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(Ct);
        return app;
    }
}
