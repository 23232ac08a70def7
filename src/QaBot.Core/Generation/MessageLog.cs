using QaBot.Core.Transcripts;

namespace QaBot.Core.Generation;

/// <summary>
/// Appends the messages of one chat on a running clock: ids m1..mN, strictly increasing whole-second timestamps in the
/// business time zone, and bookkeeping of who is waiting for whom so the writer knows when an operator ends a long wait.
/// </summary>
internal sealed class MessageLog(DateTimeOffset start, TimeZoneInfo zone)
{
    /// <summary>DESIGN §3 long wait: more than <c>Rules:WaitNoticeSeconds</c> (default 60) without an operator message.</summary>
    public static readonly TimeSpan WaitNoticeThreshold = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private readonly List<ChatMessage> _messages = [];
    private DateTimeOffset? _customerWaitingSince;
    private DateTimeOffset? _lastOperatorAt;
    private bool _lastOperatorWasWaitNotice;

    /// <summary>The instant of the last message, or the chat's start before the first one.</summary>
    public DateTimeOffset Clock { get; private set; } = start;

    public int Count => _messages.Count;

    public IReadOnlyList<ChatMessage> Messages => _messages;

    /// <summary>True once an operator message ended a wait of more than <see cref="WaitNoticeThreshold"/>.</summary>
    public bool EndedLongWait { get; private set; }

    /// <summary>The delay that brings the clock to <paramref name="target"/>, at least one second.</summary>
    public TimeSpan Until(DateTimeOffset target) => target - Clock > Tick ? target - Clock : Tick;

    /// <summary>
    /// Whether an operator message sent <paramref name="after"/> from now ends a wait of more than 60 s: the first
    /// response or a long wait (the first unanswered customer message), or an announced hold (a wait notice, then silence).
    /// </summary>
    public bool WouldEndLongWait(TimeSpan after)
    {
        var at = NextAt(after);
        return _customerWaitingSince is { } since
            ? at - since > WaitNoticeThreshold
            : _lastOperatorWasWaitNotice && _lastOperatorAt is { } notice && at - notice > WaitNoticeThreshold;
    }

    public void Customer(TimeSpan after, string text)
    {
        var at = Append(after, Sender.Customer, text, null, null, null);
        _customerWaitingSince ??= at;
    }

    public void Bot(TimeSpan after, string text) => Append(after, Sender.Bot, text, null, null, null);

    /// <summary>A system <c>transfer</c> event naming the operator who takes the chat.</summary>
    public void Transfer(TimeSpan after, Party to) => Append(after, Sender.System, null, to, null, "transfer");

    public void Operator(TimeSpan after, Party author, string text, bool canned = false, bool isWaitNotice = false)
    {
        EndedLongWait |= WouldEndLongWait(after);
        var at = Append(after, Sender.Operator, text, author, canned, null);
        _customerWaitingSince = null;
        _lastOperatorAt = at;
        _lastOperatorWasWaitNotice = isWaitNotice;
    }

    private DateTimeOffset NextAt(TimeSpan after) =>
        _messages.Count == 0 ? Clock : Clock + (after > Tick ? TimeSpan.FromSeconds(Math.Round(after.TotalSeconds)) : Tick);

    private DateTimeOffset Append(TimeSpan after, Sender from, string? text, Party? author, bool? canned, string? systemEvent)
    {
        Clock = NextAt(after);
        _messages.Add(new ChatMessage
        {
            Id = $"m{_messages.Count + 1}",
            At = TimeZoneInfo.ConvertTime(Clock, zone),
            From = from,
            Text = text,
            Operator = author,
            Canned = canned,
            Event = systemEvent,
        });
        return Clock;
    }
}
