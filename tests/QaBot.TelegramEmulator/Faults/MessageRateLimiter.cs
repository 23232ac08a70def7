namespace QaBot.TelegramEmulator.Faults;

/// <summary>
/// Optional flood control over the methods that send or edit messages: more than the limit within one second gets
/// 429 "Too Many Requests: retry after N", as Telegram answers a bot that outpaces its broadcast limit.
/// </summary>
internal sealed class MessageRateLimiter(TimeProvider timeProvider, int? messagesPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private int? _messagesPerSecond = messagesPerSecond;

    public int? MessagesPerSecond
    {
        get
        {
            lock (_gate)
            {
                return _messagesPerSecond;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value ?? 1, 1);
            lock (_gate)
            {
                _messagesPerSecond = value;
                _recent.Clear();
            }
        }
    }

    public static bool IsLimited(string method) =>
        (method.StartsWith("send", StringComparison.Ordinal) && method != "sendChatAction")
        || method.StartsWith("edit", StringComparison.Ordinal);

    /// <summary>Counts the call, or returns the seconds to wait when the limit is reached.</summary>
    public int? TryAcquire()
    {
        lock (_gate)
        {
            if (_messagesPerSecond is not { } limit)
            {
                return null;
            }

            var now = timeProvider.GetUtcNow();
            while (_recent.TryPeek(out var oldest) && now - oldest >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= limit)
            {
                return 1;
            }

            _recent.Enqueue(now);
            return null;
        }
    }
}
