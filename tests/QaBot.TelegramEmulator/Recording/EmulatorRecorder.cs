namespace QaBot.TelegramEmulator.Recording;

/// <summary>
/// The thread-safe log tests inspect. Waiting is signalled on every change instead of sleeping, with a real-time
/// deadline: the bot under test runs in real time whatever clock stamps the records.
/// </summary>
internal sealed class EmulatorRecorder
{
    private readonly Lock _gate = new();
    private readonly List<RecordedMessage> _messages = [];
    private readonly List<RecordedCall> _calls = [];
    private readonly List<CallbackAnswer> _callbackAnswers = [];
    private TaskCompletionSource _changed = NewSignal();

    public IReadOnlyList<RecordedMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<CallbackAnswer> CallbackAnswers
    {
        get
        {
            lock (_gate)
            {
                return [.. _callbackAnswers];
            }
        }
    }

    public void Add(RecordedMessage message) => AddAndSignal(() => _messages.Add(message));

    public void Add(RecordedCall call) => AddAndSignal(() => _calls.Add(call));

    public void Add(CallbackAnswer answer) => AddAndSignal(() => _callbackAnswers.Add(answer));

    /// <summary>Returns the first recorded message matching, waiting for it until <paramref name="timeout"/>.</summary>
    public async Task<RecordedMessage> WaitForAsync(
        Func<RecordedMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var match = _messages.FirstOrDefault(predicate);
                if (match is not null)
                {
                    return match;
                }

                changed = _changed.Task;
            }

            var remaining = TimeProvider.System.GetElapsedTime(TimeProvider.System.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    $"No recorded message matched within {timeout}. Recorded: {Describe(Messages)}");
            }

            try
            {
                await changed.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Checked once more at the top, then reported with what was recorded.
            }
        }
    }

    private void AddAndSignal(Action add)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            add();
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    private static string Describe(IReadOnlyList<RecordedMessage> messages) =>
        messages.Count == 0
            ? "nothing"
            : string.Join("; ", messages.Select(m => $"{m.Method} chat {m.ChatId} #{m.MessageId}: \"{m.VisibleText}\""));

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
