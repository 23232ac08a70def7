using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// Turns one chat into its <see cref="ChatKpiFacts"/>: the DESIGN §3 states come from <see cref="ChatTimeline"/>
/// at <c>now</c>; canned and FCR come from the cross-chat <see cref="KpiContext"/>.
/// </summary>
public sealed class ChatKpiFactsBuilder(KpiContext context, KpiSettings settings, TimeZoneInfo zone, DateTimeOffset now)
{
    /// <summary>The chat's facts, or null for an outbound chat (no customer message), which no KPI counts.</summary>
    public ChatKpiFacts? Build(KpiChat input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chat = InTimeOrder(input.Chat);
        var timeline = ChatTimeline.For(chat, now, settings.Definitions);
        if (timeline.Start is not { } start)
        {
            return null;
        }

        var messages = chat.Messages;
        var answered = timeline.IsAnswered;
        var operatorMessages = messages.Where(m => m.From == Sender.Operator).ToList();
        var lastOperator = operatorMessages.LastOrDefault(m => !string.IsNullOrEmpty(m.Operator?.Id));
        return new ChatKpiFacts
        {
            Key = chat.Key,
            Channel = chat.Channel,
            Group = chat.Group,
            Start = start,
            LocalStart = BusinessTime.ToLocal(start, zone),
            Outcome = OutcomeOf(timeline),
            FirstResponse = timeline.FirstResponse,
            Wait = timeline.Wait,
            AnswerWithin = settings.Definitions.AnswerWithinFor(chat.Channel),
            Duration = timeline.Duration,
            WrapUp = answered ? timeline.WrapUp : null,
            HandleTime = HandleTimeOf(timeline),
            ReplyTimes = ReplyTimesOf(messages, timeline.FirstResponseIndex),
            Csat = answered && chat.Csat is >= 1 and <= 5 ? chat.Csat : null,
            Converted = answered && chat.Converted == true,
            SalesIntent = answered && input.SalesIntent,
            Fcr = context.Repeats.Evaluate(timeline, settings.FcrWindow),
            OperatorMessages = operatorMessages.Count,
            CannedMessages = operatorMessages.Count(context.Canned.IsCanned),
            QaScore = answered ? input.QaScore : null,
            ToReview = answered ? input.ToReview : 0,
            Scored = input.Checks is not null,
            Checks = answered ? input.Checks : null,
            FirstResponderId = answered ? NullIfEmpty(messages[timeline.FirstResponseIndex].Operator?.Id) : null,
            LastOperatorId = lastOperator?.Operator?.Id,
            Operators = OperatorsOf(operatorMessages, timeline.End ?? now),
        };
    }

    private static Chat InTimeOrder(Chat chat)
    {
        var messages = chat.Messages;
        for (var i = 1; i < messages.Count; i++)
        {
            var previous = messages[i - 1];
            var current = messages[i];
            if (previous.At.UtcTicks > current.At.UtcTicks
                || (previous.At.UtcTicks == current.At.UtcTicks && string.CompareOrdinal(previous.Id, current.Id) > 0))
            {
                return chat with { Messages = ChatMerger.Order(messages) };
            }
        }

        return chat;
    }

    private static ChatOutcome OutcomeOf(ChatTimeline timeline) =>
        timeline.IsAnswered ? ChatOutcome.Answered
        : timeline.IsShortAbandon ? ChatOutcome.ShortAbandon
        : timeline.IsAfterHours ? ChatOutcome.AfterHours
        : timeline.IsMissed ? ChatOutcome.Missed
        : ChatOutcome.Waiting;

    // Staffing needs the time an operator is busy with the chat: from the first response to the end, plus wrap-up.
    private static TimeSpan? HandleTimeOf(ChatTimeline timeline)
    {
        if (timeline.FirstResponse is not { } t1 || timeline.End is not { } end)
        {
            return null;
        }

        var handle = end - t1 + (timeline.WrapUp ?? TimeSpan.Zero);
        return handle > TimeSpan.Zero ? handle : TimeSpan.Zero;
    }

    // DESIGN §3 reply time: after t1, each run of consecutive customer messages (bot and system messages neither
    // start nor end a run) is timed from its first message to the next operator message; unanswered runs drop out.
    private static List<ReplyTime> ReplyTimesOf(IReadOnlyList<ChatMessage> messages, int firstResponseIndex)
    {
        var replies = new List<ReplyTime>();
        if (firstResponseIndex < 0)
        {
            return replies;
        }

        DateTimeOffset? runStart = null;
        for (var i = firstResponseIndex + 1; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.From == Sender.Customer)
            {
                runStart ??= message.At;
            }
            else if (message.From == Sender.Operator && runStart is { } first)
            {
                replies.Add(new ReplyTime(message.At - first, NullIfEmpty(message.Operator?.Id)));
                runStart = null;
            }
        }

        return replies;
    }

    private static List<OperatorChatFacts> OperatorsOf(List<ChatMessage> operatorMessages, DateTimeOffset activeUntil)
    {
        var byOperator = new Dictionary<string, OperatorChatFacts>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var message in operatorMessages)
        {
            if (message.Operator is not { Id: { Length: > 0 } id } party)
            {
                continue;
            }

            if (!byOperator.TryGetValue(id, out var seen))
            {
                var until = activeUntil > message.At ? activeUntil : message.At;
                seen = new OperatorChatFacts(id, null, message.At, new ActiveSpan(message.At, until));
                order.Add(id);
            }

            byOperator[id] = party.Name is null ? seen : seen with { Name = party.Name, NameSeenAt = message.At };
        }

        return [.. order.Select(id => byOperator[id])];
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
