using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Ingest;

namespace QaBot.Host.Endpoints;

/// <summary>
/// The bytes of request bodies buffered at once across all requests (<c>Ingest:MaxBufferedBodyMegabytes</c>), so many
/// large posts at the same moment cost a bounded amount of memory instead of one body each. A body larger than the
/// whole budget waits to have all of it.
/// </summary>
internal sealed class RequestBodyBudget
{
    private readonly Lock _gate = new();
    private long _available;
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RequestBodyBudget(IOptions<IngestOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Capacity = (long)options.Value.MaxBufferedBodyMegabytes * 1024 * 1024;
        _available = Capacity;
    }

    public long Capacity { get; }

    /// <summary>A share of the budget for one request body, grown as the body is read, returned on dispose.</summary>
    public Lease Open() => new(this);

    private async Task<bool> TryTakeAsync(long bytes, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (_available >= bytes)
                {
                    _available -= bytes;
                    return true;
                }

                released = _released.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await released.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }

    private void Release(long bytes)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _available += bytes;
            released = _released;
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        released.TrySetResult();
    }

    public sealed class Lease(RequestBodyBudget budget) : IDisposable
    {
        private long _held;

        /// <summary>Holds enough for a body of <paramref name="bytes"/> (at most the whole budget); false when others keep it longer than <paramref name="wait"/>.</summary>
        public async Task<bool> TryGrowAsync(long bytes, TimeSpan wait, CancellationToken cancellationToken)
        {
            var more = Math.Min(bytes, budget.Capacity) - _held;
            if (more <= 0)
            {
                return true;
            }

            if (!await budget.TryTakeAsync(more, wait, cancellationToken))
            {
                return false;
            }

            _held += more;
            return true;
        }

        public void Dispose()
        {
            if (_held > 0)
            {
                budget.Release(_held);
                _held = 0;
            }
        }
    }
}
