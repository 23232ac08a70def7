using QaBot.Infrastructure.Telegram.Options;

namespace QaBot.Infrastructure.Telegram.Delivery;

/// <summary>
/// Telegram's flood limits, kept before Telegram has to say 429: at most <c>GlobalPerSecond</c> messages a second
/// overall, <c>GroupPerMinute</c> a minute per group (negative chat id), <c>PrivatePerSecond</c> a second per private
/// chat; plus pauses Telegram asked for with retry_after. Per instance: several instances share Telegram's budget, so
/// lower the limits when running many.
/// </summary>
public sealed class DeliveryRateLimiter
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly DeliveryOptions _options;
    private readonly Queue<DateTimeOffset> _global = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = [];
    private readonly Dictionary<long, DateTimeOffset> _pausedUntil = [];
    private DateTimeOffset _lastPrune;

    public DeliveryRateLimiter(DeliveryOptions options)
    {
        _options = options;
    }

    /// <summary>True (and the send is counted) when a message to the chat may go now; else how long to wait.</summary>
    public bool TryAcquire(long chatId, DateTimeOffset now, out TimeSpan wait)
    {
        lock (_gate)
        {
            Prune(now);
            var (limit, window) = chatId < 0 ? (_options.GroupPerMinute, Minute) : (_options.PrivatePerSecond, Second);
            var chat = _perChat.TryGetValue(chatId, out var q) ? q : _perChat[chatId] = new Queue<DateTimeOffset>();
            wait = Max(
                _pausedUntil.TryGetValue(chatId, out var paused) ? paused - now : TimeSpan.Zero,
                WaitFor(_global, _options.GlobalPerSecond, Second, now),
                WaitFor(chat, limit, window, now));
            if (wait > TimeSpan.Zero)
            {
                return false;
            }

            _global.Enqueue(now);
            chat.Enqueue(now);
            return true;
        }
    }

    /// <summary>Telegram said 429 for this chat: nothing more to it until <paramref name="until"/>.</summary>
    public void Pause(long chatId, DateTimeOffset until)
    {
        lock (_gate)
        {
            _pausedUntil[chatId] = _pausedUntil.TryGetValue(chatId, out var current) && current > until ? current : until;
        }
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> sends, int limit, TimeSpan window, DateTimeOffset now)
    {
        while (sends.Count > 0 && now - sends.Peek() >= window)
        {
            sends.Dequeue();
        }

        return sends.Count < limit ? TimeSpan.Zero : sends.ElementAt(sends.Count - limit) + window - now;
    }

    private static TimeSpan Max(params TimeSpan[] waits) => waits.Max();

    /// <summary>Forgets chats idle for a minute, so a long-running service does not keep every chat it ever wrote to.</summary>
    private void Prune(DateTimeOffset now)
    {
        if (now - _lastPrune < Minute)
        {
            return;
        }

        _lastPrune = now;
        foreach (var chatId in _perChat.Where(p => p.Value.Count == 0 || now - p.Value.Last() >= Minute).Select(p => p.Key).ToList())
        {
            _perChat.Remove(chatId);
        }

        foreach (var chatId in _pausedUntil.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _pausedUntil.Remove(chatId);
        }
    }
}
