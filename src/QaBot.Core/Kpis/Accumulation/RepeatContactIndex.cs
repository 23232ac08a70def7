using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// Pre-pass for FCR (DESIGN §3): when each customer (customer id within a source) started chats, and the newest
/// data in the input. A chat's FCR depends on chats after it, so the input must reach <c>FcrWindowDays</c> past the period.
/// </summary>
public sealed class RepeatContactIndex
{
    private readonly Dictionary<(string Source, string CustomerId), List<(DateTimeOffset Start, ChatKey Key)>> startsByCustomer;

    private RepeatContactIndex(
        Dictionary<(string Source, string CustomerId), List<(DateTimeOffset Start, ChatKey Key)>> startsByCustomer,
        DateTimeOffset? newestData)
    {
        this.startsByCustomer = startsByCustomer;
        NewestData = newestData;
    }

    /// <summary>The newest message time across the input: FCR is known only for windows that end before it.</summary>
    public DateTimeOffset? NewestData { get; }

    public static RepeatContactIndex Build(IEnumerable<Chat> chats)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var starts = new Dictionary<(string, string), List<(DateTimeOffset, ChatKey)>>();
        DateTimeOffset? newest = null;
        foreach (var chat in chats)
        {
            foreach (var message in chat.Messages)
            {
                newest = newest is { } n && n >= message.At ? n : message.At;
            }

            // A chat "started by the customer" is one with a start t0, i.e. a customer message.
            var start = chat.Messages.Where(m => m.From == Sender.Customer).Select(m => (DateTimeOffset?)m.At).Min();
            if (start is null || CustomerOf(chat) is not { } customer)
            {
                continue;
            }

            if (!starts.TryGetValue(customer, out var list))
            {
                starts[customer] = list = [];
            }

            list.Add((start.Value, chat.Key));
        }

        return new RepeatContactIndex(starts, newest);
    }

    /// <summary>
    /// FCR of one chat: an answered, ended chat with no transfer is resolved when its customer starts no other chat
    /// in (end, end + window]; it is counted only when end + window is before <see cref="NewestData"/>.
    /// </summary>
    public FcrOutcome Evaluate(ChatTimeline timeline, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var chat = timeline.Chat;
        if (!timeline.IsAnswered || timeline.End is not { } end || CustomerOf(chat) is not { } customer
            || NewestData is not { } newest || end + window >= newest)
        {
            return FcrOutcome.NotCounted;
        }

        if (chat.Messages.Any(m => m.IsTransfer))
        {
            return FcrOutcome.NotResolved;
        }

        var windowEnd = end + window;
        var returned = startsByCustomer.TryGetValue(customer, out var starts)
            && starts.Any(s => s.Key != chat.Key && s.Start > end && s.Start <= windowEnd);
        return returned ? FcrOutcome.NotResolved : FcrOutcome.Resolved;
    }

    private static (string Source, string CustomerId)? CustomerOf(Chat chat) =>
        string.IsNullOrEmpty(chat.Customer?.Id) ? null : (chat.Source, chat.Customer.Id);
}
