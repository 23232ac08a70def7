using QaBot.Core.Transcripts;

namespace QaBot.Core.Definitions;

/// <summary>
/// The per-chat instants and states of DESIGN §3 (start, first response, wait, end, answered, short abandon,
/// missed, waiting, duration, wrap-up), evaluated at a given instant <c>now</c>.
/// </summary>
public sealed class ChatTimeline
{
    private readonly BusinessHours? _hours;

    private ChatTimeline(Chat chat, BusinessHours? hours)
    {
        Chat = chat;
        _hours = hours;
    }

    public Chat Chat { get; }

    /// <summary>Index in <see cref="Chat.Messages"/> of the first customer message (t0), or -1 for an outbound chat.</summary>
    public int StartIndex { get; private init; } = -1;

    /// <summary>Index of the first operator message after t0 (t1), or -1 when unanswered.</summary>
    public int FirstResponseIndex { get; private init; } = -1;

    /// <summary>start t0: the first customer message. Null = outbound, left out of every KPI.</summary>
    public DateTimeOffset? Start { get; private init; }

    /// <summary>first response t1: the first operator message after t0.</summary>
    public DateTimeOffset? FirstResponse { get; private init; }

    public DateTimeOffset? LastMessageAt { get; private init; }

    /// <summary>end: ended_at, else the last message once it is older than the inactivity timeout; null = open.</summary>
    public DateTimeOffset? End { get; private init; }

    public bool IsOutbound => Start is null;

    public bool IsOpen => End is null;

    /// <summary>answered: there is an operator message after t0.</summary>
    public bool IsAnswered => FirstResponse is not null;

    /// <summary>wait = t1 − t0 (answered chats only); open time only with <c>Sla:BusinessHoursOnly</c>.</summary>
    public TimeSpan? Wait => IsAnswered ? Between(Start!.Value, FirstResponse!.Value) : null;

    /// <summary>
    /// after hours (<c>Sla:BusinessHoursOnly</c> only): unanswered, not a short abandon, and started and ended while
    /// closed — nobody could have answered it, so it is not missed.
    /// </summary>
    public bool IsAfterHours { get; private init; }

    /// <summary>short abandon: unanswered and end − t0 below the short-abandon threshold.</summary>
    public bool IsShortAbandon { get; private init; }

    /// <summary>missed: unanswered, ended and not a short abandon.</summary>
    public bool IsMissed => !IsOutbound && !IsAnswered && !IsOpen && !IsShortAbandon && !IsAfterHours;

    /// <summary>waiting: still open and unanswered.</summary>
    public bool IsWaiting => !IsOutbound && !IsAnswered && IsOpen;

    /// <summary>duration = end − t0 (answered, ended chats).</summary>
    public TimeSpan? Duration => IsAnswered && End is not null ? End - Start : null;

    /// <summary>How long an unanswered chat has waited by <paramref name="now"/>, counted like <see cref="Wait"/>.</summary>
    public TimeSpan WaitedAt(DateTimeOffset now) => Start is { } t0 ? Between(t0, now) : TimeSpan.Zero;

    /// <summary>wrap-up = closed − last message, when closed_at is given and later.</summary>
    public TimeSpan? WrapUp =>
        Chat.ClosedAt is { } closed && LastMessageAt is { } last && closed > last ? closed - last : null;

    public static ChatTimeline For(Chat chat, DateTimeOffset now, DefinitionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(settings);
        var messages = chat.Messages;
        int start = -1, first = -1;
        for (var i = 0; i < messages.Count; i++)
        {
            var from = messages[i].From;
            if (start < 0 && from == Sender.Customer)
            {
                start = i;
            }
            else if (start >= 0 && from == Sender.Operator)
            {
                first = i;
                break;
            }
        }

        DateTimeOffset? last = messages.Count > 0 ? messages[^1].At : null;
        // A chat never ends before its last message: an ended_at (or a Chatwoot status change dated by a stale
        // last_activity_at) earlier than a message that was still written is a clock or export slip, not a short abandon.
        DateTimeOffset? end = chat.EndedAt is { } ended
            ? (last is { } lastAt && lastAt > ended ? lastAt : ended)
            : (last is { } l && now - l > settings.InactivityTimeout ? l : null);
        DateTimeOffset? t0 = start >= 0 ? messages[start].At : null;
        var shortAbandon = t0 is not null && first < 0 && end is not null && end - t0 < settings.ShortAbandon;
        return new ChatTimeline(chat, settings.BusinessHours)
        {
            StartIndex = start,
            FirstResponseIndex = first,
            Start = t0,
            FirstResponse = first >= 0 ? messages[first].At : null,
            LastMessageAt = last,
            End = end,
            IsShortAbandon = shortAbandon,
            IsAfterHours = settings.BusinessHours is { } hours && t0 is { } opened && first < 0 && end is { } closedAt && !shortAbandon
                && hours.Elapsed(chat.Group, chat.Channel, opened, closedAt) == TimeSpan.Zero,
        };
    }

    private TimeSpan Between(DateTimeOffset from, DateTimeOffset to) =>
        _hours?.Elapsed(Chat.Group, Chat.Channel, from, to) ?? to - from;
}
