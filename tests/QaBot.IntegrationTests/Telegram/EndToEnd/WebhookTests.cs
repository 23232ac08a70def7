using System.Net;
using System.Text.Json.Nodes;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>Webhook mode: Telegram's secret-token header decides, and a good update is answered like a polled one.</summary>
public sealed class WebhookTests
{
    private const string Secret = "s3cret_Token-1";

    [Fact]
    public async Task Webhook_Returns401WithoutSecretAndHandlesUpdateWithIt_WhenInWebhookMode()
    {
        await using var bot = await BotScenario.StartAsync("--Telegram:Mode=webhook", "--Telegram:WebhookUrl=https://qabot.example.com/api/v1/telegram/webhook", $"--Telegram:WebhookSecret={Secret}");
        var url = new Uri(bot.Host.Client.BaseAddress!, WebhookReceiver.Path);

        var missing = await bot.Emulator.DeliverUpdateToWebhookAsync(url, null, Update(1), TestContext.Current.CancellationToken);
        var wrong = await bot.Emulator.DeliverUpdateToWebhookAsync(url, "guess", Update(2), TestContext.Current.CancellationToken);
        var right = await bot.Emulator.DeliverUpdateToWebhookAsync(url, Secret, Update(3), TestContext.Current.CancellationToken);
        var reply = await bot.WaitForAsync(BotTestHost.Supervisor, "What I can do");
        await Eventually.WaitUntilAsync(() => bot.Emulator.Webhook is not null, BotScenario.Patience, "setWebhook");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (missing, wrong, right));
        Assert.Single(bot.SentTo(BotTestHost.Supervisor));
        Assert.Contains("/stats", reply.VisibleText, StringComparison.Ordinal);
        Assert.Equal(Secret, bot.Emulator.Webhook!.SecretToken);
        Assert.DoesNotContain(bot.Emulator.Calls, c => c.Method == "getUpdates");
    }

    private static JsonObject Update(int id) => new()
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = BotTestHost.Supervisor, ["type"] = "private", ["first_name"] = "Sam" },
            ["from"] = new JsonObject { ["id"] = BotTestHost.Supervisor, ["is_bot"] = false, ["first_name"] = "Sam", ["language_code"] = "en" },
            ["text"] = "/help",
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 5 }),
        },
    };
}
