using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>
/// Webhook mode: Telegram posts each update to <see cref="Path"/> with the secret in
/// <c>X-Telegram-Bot-Api-Secret-Token</c>. A wrong or missing secret is 401; a good update is queued and answered
/// 200 at once (Telegram retries slow answers), then handled like a polled one.
/// </summary>
public sealed class WebhookReceiver
{
    public const string Path = "/api/v1/telegram/webhook";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly TelegramOptions _options;
    private readonly UpdateQueue _queue;
    private readonly ILogger<WebhookReceiver> _logger;

    public WebhookReceiver(IOptions<TelegramOptions> options, UpdateQueue queue, ILogger<WebhookReceiver> logger)
    {
        _options = options.Value;
        _queue = queue;
        _logger = logger;
    }

    /// <summary>Returns the HTTP status to answer: 404 outside webhook mode, 401, 400 or 200.</summary>
    public async Task<int> ReceiveAsync(string? secret, Stream body, CancellationToken cancellationToken)
    {
        if (!_options.HasToken || !_options.UsesWebhook || _options.WebhookSecret is not { Length: > 0 } expected)
        {
            return 404;
        }

        if (secret is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(expected)))
        {
            _logger.LogWarning("Rejected a webhook call without the right secret token");
            return 401;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(body, JsonBotAPI.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            _logger.LogWarning("Rejected a webhook body that is not an update: {Reason}", e.Message);
            return 400;
        }

        if (update is null)
        {
            return 400;
        }

        await _queue.EnqueueAsync(update, cancellationToken);
        return 200;
    }
}
