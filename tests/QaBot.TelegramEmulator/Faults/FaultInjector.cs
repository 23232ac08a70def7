namespace QaBot.TelegramEmulator.Faults;

/// <summary>Failures tests queue per method (429 with retry_after, 5xx, dropped connections), served in order.</summary>
internal sealed class FaultInjector
{
    /// <summary>Method name that matches every method.</summary>
    public const string AnyMethod = "*";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<InjectedFault>> _queues = new(StringComparer.OrdinalIgnoreCase);

    public void Enqueue(string method, InjectedFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            if (!_queues.TryGetValue(method, out var queue))
            {
                queue = new Queue<InjectedFault>();
                _queues[method] = queue;
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Takes the next fault for the method, a method-specific one before one queued for any method.</summary>
    public InjectedFault? TakeNext(string method)
    {
        lock (_gate)
        {
            return Take(method) ?? Take(AnyMethod);
        }
    }

    private InjectedFault? Take(string key) =>
        _queues.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
}
