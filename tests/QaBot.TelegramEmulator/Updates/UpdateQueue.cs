using System.Text.Json.Nodes;
using QaBot.TelegramEmulator.Protocol;

namespace QaBot.TelegramEmulator.Updates;

/// <summary>
/// Incoming updates waiting for the bot, with getUpdates semantics: an update stays until a later call confirms it
/// with a higher offset, a long poll is held until an update arrives or its timeout ends, and a second poller ends the
/// first with 409 Conflict, as Telegram does when two instances poll one token.
/// </summary>
internal sealed class UpdateQueue
{
    private const int MaxLimit = 100;

    // Telegram leaves these out unless allowed_updates names them.
    private static readonly string[] OffByDefault = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
    private long _lastUpdateId;
    private HashSet<string>? _allowed;
    private PollTicket? _activePoll;
    private TaskCompletionSource _arrived = NewSignal();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Gives the update the next update_id and queues it.</summary>
    public long Enqueue(JsonObject update)
    {
        TaskCompletionSource arrived;
        long updateId;
        lock (_gate)
        {
            updateId = ++_lastUpdateId;
            update["update_id"] = updateId;
            _pending.Add(update);
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.TrySetResult();
        return updateId;
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    public IReadOnlyList<JsonObject> Snapshot()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    /// <summary>Removes one update once it was delivered (webhook mode).</summary>
    public void Confirm(long updateId)
    {
        lock (_gate)
        {
            _pending.RemoveAll(u => UpdateId(u) == updateId);
        }
    }

    public async Task<JsonArray> GetUpdatesAsync(
        long offset, int limit, TimeSpan timeout, IReadOnlyList<string>? allowedUpdates, CancellationToken cancellationToken)
    {
        using var ticket = new PollTicket(cancellationToken);
        PollTicket? superseded;
        lock (_gate)
        {
            superseded = _activePoll;
            _activePoll = ticket;
            if (allowedUpdates is not null)
            {
                _allowed = allowedUpdates.Count == 0 ? null : [.. allowedUpdates];
            }

            ConfirmBelow(offset);
        }

        superseded?.Supersede();
        try
        {
            var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
            while (true)
            {
                Task arrived;
                lock (_gate)
                {
                    var batch = Collect(Math.Clamp(limit, 1, MaxLimit));
                    var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
                    if (batch.Count > 0 || remaining <= TimeSpan.Zero)
                    {
                        return batch;
                    }

                    arrived = _arrived.Task.WaitAsync(remaining, ticket.Token);
                }

                try
                {
                    await arrived;
                }
                catch (TimeoutException)
                {
                    // Collected once more, then answered with whatever is there.
                }
            }
        }
        catch (OperationCanceledException) when (ticket.IsSuperseded)
        {
            throw new BotApiException(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == ticket)
                {
                    _activePoll = null;
                }
            }
        }
    }

    private static long UpdateId(JsonObject update) => update["update_id"]!.GetValue<long>();

    private static string UpdateType(JsonObject update) =>
        update.Select(p => p.Key).FirstOrDefault(key => key != "update_id") ?? string.Empty;

    // Positive offset confirms every update below it; negative -N keeps only the last N, as in the Bot API.
    private void ConfirmBelow(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(u => UpdateId(u) < offset);
        }
        else if (offset < 0 && _pending.Count > -offset)
        {
            _pending.RemoveRange(0, _pending.Count - (int)Math.Min(-offset, int.MaxValue));
        }
    }

    private JsonArray Collect(int limit)
    {
        // Updates of types the bot did not ask for would never have been created by Telegram: drop them.
        _pending.RemoveAll(u => !IsAllowed(UpdateType(u)));
        return [.. _pending.Take(limit).Select(u => u.DeepClone())];
    }

    private bool IsAllowed(string type) =>
        _allowed?.Contains(type) ?? !OffByDefault.Contains(type, StringComparer.Ordinal);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One getUpdates call in progress, ended with 409 when another starts.</summary>
    private sealed class PollTicket(CancellationToken requestAborted) : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);

        public CancellationToken Token => _cancellation.Token;

        public bool IsSuperseded { get; private set; }

        public void Supersede()
        {
            IsSuperseded = true;
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // That poll answered in the meantime; nothing left to end.
            }
        }

        public void Dispose() => _cancellation.Dispose();
    }
}
