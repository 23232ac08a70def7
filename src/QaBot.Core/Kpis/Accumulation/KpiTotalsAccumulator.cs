using System.Text.Json.Serialization;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Kpis.Accumulation;

/// <summary>
/// The additive sums and counts behind one <see cref="KpiFigures"/> slice (all chats, one channel, one group).
/// Times are exact ticks and waits an exact histogram, so merging partial aggregates gives the same report,
/// bit for bit, as one pass over all chats. Public state is serialisable with <see cref="KpiJson"/> for rollups.
/// </summary>
public sealed class KpiTotalsAccumulator
{
    [JsonInclude] public int Chats { get; private set; }

    [JsonInclude] public int Answered { get; private set; }

    [JsonInclude] public int Missed { get; private set; }

    [JsonInclude] public int ShortAbandons { get; private set; }

    [JsonInclude] public int Waiting { get; private set; }

    /// <summary>Unanswered chats that came and went while closed (<c>Sla:BusinessHoursOnly</c>).</summary>
    [JsonInclude] public int AfterHours { get; private set; }

    /// <summary>Wait of every answered chat: ticks → number of chats with exactly that wait.</summary>
    [JsonInclude] public Dictionary<long, int> WaitHistogram { get; private set; } = [];

    /// <summary>Answered with wait ≤ the chat's channel T (service-level numerator).</summary>
    [JsonInclude] public int AnsweredWithinSla { get; private set; }

    [JsonInclude] public long DurationTicks { get; private set; }

    [JsonInclude] public int DurationCount { get; private set; }

    [JsonInclude] public long ReplyTicks { get; private set; }

    [JsonInclude] public int ReplyCount { get; private set; }

    [JsonInclude] public long WrapUpTicks { get; private set; }

    [JsonInclude] public int WrapUpCount { get; private set; }

    [JsonInclude] public long CsatSum { get; private set; }

    [JsonInclude] public int CsatRated { get; private set; }

    [JsonInclude] public int CsatSatisfied { get; private set; }

    [JsonInclude] public int Converted { get; private set; }

    [JsonInclude] public int SalesIntentAnswered { get; private set; }

    [JsonInclude] public int SalesIntentConverted { get; private set; }

    [JsonInclude] public int FcrCounted { get; private set; }

    [JsonInclude] public int FcrResolved { get; private set; }

    [JsonInclude] public int OperatorMessages { get; private set; }

    [JsonInclude] public int CannedMessages { get; private set; }

    [JsonInclude] public long QaScoreSum { get; private set; }

    [JsonInclude] public int QaScored { get; private set; }

    [JsonInclude] public int ToReview { get; private set; }

    [JsonInclude] public int Unscored { get; private set; }

    [JsonInclude] public Dictionary<string, CheckCounts> Checks { get; private set; } = new(StringComparer.Ordinal);

    public void Add(ChatKpiFacts chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        Chats++;
        switch (chat.Outcome)
        {
            case ChatOutcome.Answered: Answered++; break;
            case ChatOutcome.Missed: Missed++; break;
            case ChatOutcome.ShortAbandon: ShortAbandons++; break;
            case ChatOutcome.Waiting: Waiting++; break;
            case ChatOutcome.AfterHours: AfterHours++; break;
        }

        if (chat.Wait is { } wait)
        {
            WaitHistogram[wait.Ticks] = WaitHistogram.GetValueOrDefault(wait.Ticks) + 1;
            AnsweredWithinSla += chat.AnsweredWithinSla ? 1 : 0;
        }

        (DurationTicks, DurationCount) = AddTime(DurationTicks, DurationCount, chat.Duration);
        (WrapUpTicks, WrapUpCount) = AddTime(WrapUpTicks, WrapUpCount, chat.WrapUp);
        foreach (var reply in chat.ReplyTimes)
        {
            (ReplyTicks, ReplyCount) = AddTime(ReplyTicks, ReplyCount, reply.Time);
        }

        if (chat.Csat is { } csat)
        {
            CsatSum += csat;
            CsatRated++;
            CsatSatisfied += csat >= 4 ? 1 : 0;
        }

        Converted += chat.Converted ? 1 : 0;
        SalesIntentAnswered += chat.SalesIntent ? 1 : 0;
        SalesIntentConverted += chat.SalesIntent && chat.Converted ? 1 : 0;
        FcrCounted += chat.Fcr != FcrOutcome.NotCounted ? 1 : 0;
        FcrResolved += chat.Fcr == FcrOutcome.Resolved ? 1 : 0;
        OperatorMessages += chat.OperatorMessages;
        CannedMessages += chat.CannedMessages;
        if (chat.QaScore is { } score)
        {
            QaScoreSum += score;
            QaScored++;
        }

        ToReview += chat.ToReview;
        Unscored += chat.Scored ? 0 : 1;
        CheckTally.Add(Checks, chat.Checks);
    }

    public void Merge(KpiTotalsAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Chats += other.Chats;
        Answered += other.Answered;
        Missed += other.Missed;
        ShortAbandons += other.ShortAbandons;
        Waiting += other.Waiting;
        AfterHours += other.AfterHours;
        foreach (var (ticks, count) in other.WaitHistogram)
        {
            WaitHistogram[ticks] = WaitHistogram.GetValueOrDefault(ticks) + count;
        }

        AnsweredWithinSla += other.AnsweredWithinSla;
        DurationTicks += other.DurationTicks;
        DurationCount += other.DurationCount;
        ReplyTicks += other.ReplyTicks;
        ReplyCount += other.ReplyCount;
        WrapUpTicks += other.WrapUpTicks;
        WrapUpCount += other.WrapUpCount;
        CsatSum += other.CsatSum;
        CsatRated += other.CsatRated;
        CsatSatisfied += other.CsatSatisfied;
        Converted += other.Converted;
        SalesIntentAnswered += other.SalesIntentAnswered;
        SalesIntentConverted += other.SalesIntentConverted;
        FcrCounted += other.FcrCounted;
        FcrResolved += other.FcrResolved;
        OperatorMessages += other.OperatorMessages;
        CannedMessages += other.CannedMessages;
        QaScoreSum += other.QaScoreSum;
        QaScored += other.QaScored;
        ToReview += other.ToReview;
        Unscored += other.Unscored;
        CheckTally.Merge(Checks, other.Checks);
    }

    internal static (long Ticks, int Count) AddTime(long ticks, int count, TimeSpan? time) =>
        time is { } t ? (ticks + t.Ticks, count + 1) : (ticks, count);
}
