using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Host.Endpoints;

public static class TelegramWebhookEndpoints
{
    /// <summary>
    /// <c>POST /api/v1/telegram/webhook</c> (webhook mode, DESIGN §6): 401 without the right
    /// <c>X-Telegram-Bot-Api-Secret-Token</c>, 404 when the bot polls instead, else 200 and the update is handled.
    /// </summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(WebhookReceiver.Path, async (HttpContext context, WebhookReceiver receiver) =>
        {
            var secret = context.Request.Headers[WebhookReceiver.SecretHeader].FirstOrDefault();
            return Results.StatusCode(await receiver.ReceiveAsync(secret, context.Request.Body, context.RequestAborted));
        }).ExcludeFromDescription();
        return app;
    }
}
