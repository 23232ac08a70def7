using QaBot.Infrastructure.Telegram.Options;
using Telegram.Bot;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>
/// The Bot API client. Telegram.Bot's own retry of 429 is off (RetryThreshold 0): the outbox owns retries. Its own
/// HttpClient, not one from IHttpClientFactory, whose logging would write request URLs — which hold the token.
/// </summary>
public sealed class TelegramConnection : IDisposable
{
    private readonly HttpClient _http;

    public TelegramConnection(TelegramOptions options)
    {
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            // Long polls wait up to PollingTimeoutSeconds; single calls are bounded by their own cancellation tokens.
            Timeout = TimeSpan.FromSeconds(options.PollingTimeoutSeconds + 60),
        };
        var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl.TrimEnd('/');
        Client = new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!.Trim(), baseUrl) { RetryThreshold = 0 }, _http);
    }

    public ITelegramBotClient Client { get; }

    public void Dispose() => _http.Dispose();
}
