using System.Text.Json.Serialization;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// The additive sums behind one <see cref="OperatorKpis"/> row, with DESIGN §3 attribution: a chat is handled by every
/// operator who wrote in it; wait goes to the operator who sent t1; CSAT and conversion to the last operator who
/// wrote; a reply time to the operator whose message ended the customer run. Concurrency keeps the exact spans,
/// because overlapping chats from different partial aggregates must still overlap after a merge.
/// </summary>
public sealed class OperatorAccumulator
{
    public OperatorAccumulator(string operatorId)
    {
        OperatorId = operatorId;
    }

    [JsonInclude] public string OperatorId { get; private set; }

    [JsonInclude] public string? Name { get; private set; }

    [JsonInclude] public DateTimeOffset? NameSeenAt { get; private set; }

    /// <summary>Chats handled.</summary>
    [JsonInclude] public int Chats { get; private set; }

    [JsonInclude] public long WaitTicks { get; private set; }

    [JsonInclude] public int WaitCount { get; private set; }

    [JsonInclude] public long DurationTicks { get; private set; }

    [JsonInclude] public int DurationCount { get; private set; }

    [JsonInclude] public long ReplyTicks { get; private set; }

    [JsonInclude] public int ReplyCount { get; private set; }

    [JsonInclude] public List<ActiveSpan> ActiveSpans { get; private set; } = [];

    [JsonInclude] public long CsatSum { get; private set; }

    [JsonInclude] public int CsatRated { get; private set; }

    /// <summary>Answered chats where this operator wrote last (conversion denominator).</summary>
    [JsonInclude] public int AnsweredAsLast { get; private set; }

    [JsonInclude] public int ConvertedAsLast { get; private set; }

    [JsonInclude] public long QaScoreSum { get; private set; }

    [JsonInclude] public int QaScored { get; private set; }

    [JsonInclude] public Dictionary<string, CheckCounts> Checks { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Adds a chat this operator handled; <paramref name="me"/> is their entry in <see cref="ChatKpiFacts.Operators"/>.</summary>
    public void Add(ChatKpiFacts chat, OperatorChatFacts me)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(me);
        Chats++;
        KeepNewestName(me.Name, me.NameSeenAt);
        if (IsMe(chat.FirstResponderId))
        {
            (WaitTicks, WaitCount) = KpiTotalsAccumulator.AddTime(WaitTicks, WaitCount, chat.Wait);
        }

        (DurationTicks, DurationCount) = KpiTotalsAccumulator.AddTime(DurationTicks, DurationCount, chat.Duration);
        foreach (var reply in chat.ReplyTimes.Where(r => IsMe(r.OperatorId)))
        {
            (ReplyTicks, ReplyCount) = KpiTotalsAccumulator.AddTime(ReplyTicks, ReplyCount, reply.Time);
        }

        ActiveSpans.Add(me.Active);
        if (IsMe(chat.LastOperatorId) && chat.Outcome == ChatOutcome.Answered)
        {
            AnsweredAsLast++;
            ConvertedAsLast += chat.Converted ? 1 : 0;
            if (chat.Csat is { } csat)
            {
                CsatSum += csat;
                CsatRated++;
            }
        }

        if (chat.QaScore is { } score)
        {
            QaScoreSum += score;
            QaScored++;
        }

        CheckTally.Add(Checks, chat.Checks);
    }

    public void Merge(OperatorAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!IsMe(other.OperatorId))
        {
            throw new ArgumentException($"Cannot merge operator {other.OperatorId} into {OperatorId}.", nameof(other));
        }

        Chats += other.Chats;
        if (other.NameSeenAt is { } seenAt)
        {
            KeepNewestName(other.Name, seenAt);
        }

        WaitTicks += other.WaitTicks;
        WaitCount += other.WaitCount;
        DurationTicks += other.DurationTicks;
        DurationCount += other.DurationCount;
        ReplyTicks += other.ReplyTicks;
        ReplyCount += other.ReplyCount;
        ActiveSpans.AddRange(other.ActiveSpans);
        CsatSum += other.CsatSum;
        CsatRated += other.CsatRated;
        AnsweredAsLast += other.AnsweredAsLast;
        ConvertedAsLast += other.ConvertedAsLast;
        QaScoreSum += other.QaScoreSum;
        QaScored += other.QaScored;
        CheckTally.Merge(Checks, other.Checks);
    }

    private bool IsMe(string? operatorId) => string.Equals(operatorId, OperatorId, StringComparison.Ordinal);

    // The newest name wins; a tie at the same instant is broken by ordinal order so the result never depends on
    // the order chats were added in.
    private void KeepNewestName(string? name, DateTimeOffset seenAt)
    {
        if (name is null)
        {
            return;
        }

        if (NameSeenAt is not { } current || seenAt > current
            || (seenAt == current && string.CompareOrdinal(name, Name) > 0))
        {
            Name = name;
            NameSeenAt = seenAt;
        }
    }
}
