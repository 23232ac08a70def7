namespace QaBot.Core.Transcripts;

/// <summary>
/// Upsert semantics of DESIGN §2: messages merge by id, chat fields take the newest non-null value.
/// "Newest" is the later post: the <c>incoming</c> chat wins wherever it has a value.
/// </summary>
public static class ChatMerger
{
    /// <summary>The order of <see cref="Order"/>: time, then id.</summary>
    private static readonly Comparer<ChatMessage> MessageOrder = Comparer<ChatMessage>.Create((a, b) =>
    {
        var byTime = a.At.UtcTicks.CompareTo(b.At.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Id, b.Id);
    });

    public static Chat Merge(Chat existing, Chat incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        if (existing.Key != incoming.Key)
        {
            throw new ArgumentException($"Cannot merge chat {incoming.Key} into {existing.Key}.", nameof(incoming));
        }

        return new Chat
        {
            Id = existing.Id,
            Source = existing.Source,
            // Channel always has a value (default "chat"), so an explicit non-default channel is never undone by a
            // later post that simply omitted it.
            Channel = incoming.Channel != Channels.Chat ? incoming.Channel : existing.Channel,
            Group = incoming.Group ?? existing.Group,
            Language = incoming.Language ?? existing.Language,
            Customer = MergeParty(existing.Customer, incoming.Customer),
            EndedAt = incoming.EndedAt ?? existing.EndedAt,
            ClosedAt = incoming.ClosedAt ?? existing.ClosedAt,
            Csat = incoming.Csat ?? existing.Csat,
            Converted = incoming.Converted ?? existing.Converted,
            OrderValue = incoming.OrderValue ?? existing.OrderValue,
            Tags = incoming.Tags ?? existing.Tags,
            Messages = MergeMessages(existing.Messages, incoming.Messages),
        };
    }

    /// <summary>Folds repeated posts of the same chat within one batch into one chat each, keeping first-seen order.</summary>
    public static IReadOnlyList<Chat> MergeBatch(IEnumerable<Chat> chats)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var merged = new Dictionary<ChatKey, Chat>();
        var order = new List<ChatKey>();
        foreach (var chat in chats)
        {
            if (merged.TryGetValue(chat.Key, out var seen))
            {
                merged[chat.Key] = Merge(seen, chat);
            }
            else
            {
                merged[chat.Key] = IsOrderedAndUnique(chat.Messages) ? chat : chat with { Messages = MergeMessages([], chat.Messages) };
                order.Add(chat.Key);
            }
        }

        return [.. order.Select(k => merged[k])];
    }

    public static IReadOnlyList<ChatMessage> MergeMessages(IEnumerable<ChatMessage> existing, IEnumerable<ChatMessage> incoming)
    {
        var byId = new Dictionary<string, ChatMessage>(StringComparer.Ordinal);
        foreach (var message in existing)
        {
            byId[message.Id] = message;
        }

        foreach (var message in incoming)
        {
            byId[message.Id] = byId.TryGetValue(message.Id, out var old) ? MergeMessage(old, message) : message;
        }

        return Order(byId.Values);
    }

    /// <summary>Time order, ties by id, so that a chat read back from any store looks the same.</summary>
    public static IReadOnlyList<ChatMessage> Order(IEnumerable<ChatMessage> messages) => [.. messages.Order(MessageOrder)];

    /// <summary>
    /// True when the messages are already what <see cref="MergeMessages"/> would make of them: distinct ids in time
    /// order, ties by id. The common case for a chat read from a file or posted once, which then needs no copy.
    /// </summary>
    public static bool IsOrderedAndUnique(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count < 2)
        {
            return true;
        }

        var ids = new HashSet<string>(messages.Count, StringComparer.Ordinal);
        ChatMessage? previous = null;
        foreach (var message in messages)
        {
            if (!ids.Add(message.Id) || (previous is not null && MessageOrder.Compare(previous, message) >= 0))
            {
                return false;
            }

            previous = message;
        }

        return true;
    }

    private static ChatMessage MergeMessage(ChatMessage old, ChatMessage incoming) => incoming with
    {
        Text = incoming.Text ?? old.Text,
        Operator = MergeParty(old.Operator, incoming.Operator),
        Canned = incoming.Canned ?? old.Canned,
        Event = incoming.Event ?? old.Event,
    };

    // Field by field, like every other chat field: a later post without a name keeps the name already known.
    private static Party? MergeParty(Party? old, Party? incoming) =>
        incoming is null ? old
        : old is null ? incoming
        : incoming with { Name = incoming.Name ?? old.Name };
}
