using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Delivery;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace QaBot.Infrastructure.Telegram.Updates;

/// <summary>
/// Long polling (the default mode). With several instances only the leader polls (a PostgreSQL advisory lock; SQLite
/// has one instance); the others keep trying to take over. Failures back off from 1 s to 30 s and are logged with the
/// token masked.
/// </summary>
public sealed class TelegramPollingService : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    private readonly ITelegramBotClient _client;
    private readonly UpdateQueue _queue;
    private readonly TelegramDatabase _db;
    private readonly TokenScrubber _scrubber;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramPollingService> _logger;

    public TelegramPollingService(
        ITelegramBotClient client, UpdateQueue queue, TelegramDatabase db, TokenScrubber scrubber, IOptions<TelegramOptions> options,
        TimeProvider time, ILogger<TelegramPollingService> logger)
    {
        _client = client;
        _queue = queue;
        _db = db;
        _scrubber = scrubber;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var leadership = await _db.TryAcquireLeadershipAsync("polling", stoppingToken);
                if (leadership is null)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), _time, stoppingToken);
                    continue;
                }

                _logger.LogInformation("This instance polls Telegram for updates");
                await PollAsync(leadership, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(_scrubber.Scrub(e), "Polling Telegram stopped; trying again in 5 s");
                await DelayQuietlyAsync(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task PollAsync(ILeadership leadership, CancellationToken stoppingToken)
    {
        await _client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
        int? offset = null;
        var backoff = TimeSpan.FromSeconds(1);
        var polls = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (++polls % 20 == 0 && !await leadership.IsHeldAsync(stoppingToken))
            {
                _logger.LogWarning("Lost the polling leadership; another instance takes over");
                return;
            }

            try
            {
                var updates = await _client.GetUpdates(offset, limit: 100, timeout: _options.PollingTimeoutSeconds, allowedUpdates: Wanted, cancellationToken: stoppingToken);
                foreach (var update in updates)
                {
                    await _queue.EnqueueAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }

                backoff = TimeSpan.FromSeconds(1);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(_scrubber.Scrub(e), "getUpdates failed; retrying in {Backoff}", backoff);
                await DelayQuietlyAsync(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    private async Task DelayQuietlyAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
