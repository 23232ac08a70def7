using Microsoft.Extensions.Logging;
using QaBot.Infrastructure.Telegram.Delivery;
using Telegram.Bot;

namespace QaBot.Infrastructure.Telegram.Updates;

public sealed class TelegramCallbackAnswerer : ICallbackAnswerer
{
    private readonly ITelegramBotClient _client;
    private readonly TokenScrubber _scrubber;
    private readonly ILogger<TelegramCallbackAnswerer> _logger;

    public TelegramCallbackAnswerer(ITelegramBotClient client, TokenScrubber scrubber, ILogger<TelegramCallbackAnswerer> logger)
    {
        _client = client;
        _scrubber = scrubber;
        _logger = logger;
    }

    public async Task AnswerAsync(string queryId, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await _client.AnswerCallbackQuery(queryId, text, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The button's spinner stops by itself after a while; the press was handled either way.
            _logger.LogWarning(_scrubber.Scrub(e), "answerCallbackQuery failed");
        }
    }
}
