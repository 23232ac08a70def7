using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Telegram.Notifications;
using QaBot.Infrastructure.Telegram.Options;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>
/// The single delivery loop of an instance (DESIGN §6): claims due outbox rows, keeps Telegram's rate limits, sends, and
/// records the outcome — sent with Telegram's message id, retried after retry_after (429) or with capped exponential
/// back-off (5xx, network), dropped with the reason logged (400), or the recipient marked unreachable (403).
/// A send in flight is never cancelled by shutdown: its outcome is recorded first, so a restart does not send it again.
/// </summary>
public sealed class OutboxDeliveryService : BackgroundService
{
    private const int BatchSize = 20;

    private readonly OutboxStore _store;
    private readonly TelegramDatabase _db;
    private readonly IMessageSender _sender;
    private readonly OutboxSignal _signal;
    private readonly DeliveryRateLimiter _limiter;
    private readonly UnreachableRecipients _unreachable;
    private readonly TokenScrubber _scrubber;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDeliveryService> _logger;

    public OutboxDeliveryService(
        OutboxStore store, TelegramDatabase db, IMessageSender sender, OutboxSignal signal, DeliveryRateLimiter limiter,
        UnreachableRecipients unreachable, TokenScrubber scrubber, IOptions<TelegramOptions> options, TimeProvider time,
        ILogger<OutboxDeliveryService> logger)
    {
        _store = store;
        _db = db;
        _sender = sender;
        _signal = signal;
        _limiter = limiter;
        _unreachable = unreachable;
        _scrubber = scrubber;
        _options = options.Value.Delivery;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_db.IsSingleInstance)
        {
            await _store.ReleaseAllLeasesAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await _store.ClaimDueAsync(_time.GetUtcNow(), TimeSpan.FromSeconds(_options.LeaseSeconds), BatchSize, stoppingToken);
                foreach (var message in batch)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        await _store.ReleaseAsync(message.Id, CancellationToken.None);
                        continue;
                    }

                    await DeliverAsync(message);
                }

                if (batch.Count == 0)
                {
                    await WaitForWorkAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                _logger.LogError(_scrubber.Scrub(e), "The Telegram outbox could not be read; retrying in a second");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task DeliverAsync(OutboxMessage message)
    {
        var now = _time.GetUtcNow();
        if (message.Draft.Kind == OutboxKind.EditText && message.TargetMessageId is null)
        {
            await CloseAsync(message, OutboxState.Dropped, "the message it edits was never delivered");
            return;
        }

        if (!_limiter.TryAcquire(message.ChatId, now, out var wait))
        {
            await _store.DeferAsync(message.Id, now + wait, CancellationToken.None);
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(_options.RequestTimeoutSeconds), _time);
        try
        {
            var telegramId = await _sender.SendAsync(message, timeout.Token);
            await _store.MarkSentAsync(message.Id, telegramId, _time.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception e)
        {
            await HandleFailureAsync(message, DeliveryFailure.Classify(e), e);
        }
    }

    private async Task HandleFailureAsync(OutboxMessage message, DeliveryFailure failure, Exception exception)
    {
        var now = _time.GetUtcNow();
        var reason = _scrubber.Scrub(failure.Reason);
        switch (failure.Kind)
        {
            case DeliveryFailureKind.NotModified:
                await _store.MarkSentAsync(message.Id, message.TargetMessageId ?? 0, now, CancellationToken.None);
                break;
            case DeliveryFailureKind.RetryAfter:
                _limiter.Pause(message.ChatId, now + failure.RetryAfter);
                _logger.LogWarning("Telegram asked to slow down for chat {ChatId}: retrying outbox message {OutboxId} in {RetryAfter}", message.ChatId, message.Id, failure.RetryAfter);
                await _store.RetryLaterAsync(message.Id, now + failure.RetryAfter, reason, CancellationToken.None);
                break;
            case DeliveryFailureKind.Transient when message.Attempts + 1 >= _options.MaxAttempts:
                _logger.LogError(_scrubber.Scrub(exception), "Giving up outbox message {OutboxId} to chat {ChatId} after {Attempts} attempts: {Reason}", message.Id, message.ChatId, message.Attempts + 1, reason);
                await CloseAsync(message, OutboxState.Failed, reason);
                break;
            case DeliveryFailureKind.Transient:
                var backoff = Backoff(message.Attempts);
                _logger.LogWarning("Outbox message {OutboxId} to chat {ChatId} failed ({Reason}); retry {Attempt} in {Backoff}", message.Id, message.ChatId, reason, message.Attempts + 1, backoff);
                await _store.RetryLaterAsync(message.Id, now + backoff, reason, CancellationToken.None);
                break;
            case DeliveryFailureKind.Unreachable:
                _logger.LogWarning("Chat {ChatId} cannot be reached ({Reason}); outbox message {OutboxId} dropped", message.ChatId, reason, message.Id);
                await CloseAsync(message, OutboxState.Dropped, reason);
                await _unreachable.ReportAsync(message.ChatId, message.Draft.Purpose, reason, CancellationToken.None);
                break;
            default:
                _logger.LogWarning("Telegram refused outbox message {OutboxId} to chat {ChatId}: {Reason}; dropped", message.Id, message.ChatId, reason);
                await CloseAsync(message, OutboxState.Dropped, reason);
                break;
        }
    }

    private Task CloseAsync(OutboxMessage message, OutboxState state, string reason) =>
        _store.CloseAsync(message.Id, state, reason, _time.GetUtcNow(), CancellationToken.None);

    /// <summary>Exponential: initial × 2^attempts, capped.</summary>
    private TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(_options.MaxBackoffSeconds, _options.InitialBackoffSeconds * Math.Pow(2, Math.Min(attempts, 30))));

    /// <summary>Sleeps until the next row falls due, a poll interval passes, or something is queued here.</summary>
    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(_options.PollMilliseconds);
        var next = await _store.NextDueAsync(stoppingToken);
        var wait = next is { } due ? due - _time.GetUtcNow() : poll;
        wait = wait < TimeSpan.FromMilliseconds(5) ? TimeSpan.FromMilliseconds(5) : wait > poll ? poll : wait;
        await _signal.WaitAsync(wait, _time, stoppingToken);
    }
}
