using QaBot.Core.Definitions;
using QaBot.Core.Kpis.Formulas;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Telegram.Live;

/// <summary>
/// The last minutes of live chats (<c>/stats 15m</c>, the queue alert), with DESIGN §3 definitions evaluated now:
/// chats started in the window, answered, missed, short abandons, waiting now, and the service level
/// (answered within T ÷ (answered + missed), T per channel).
/// </summary>
public sealed record LiveWindowStats
{
    public int Chats { get; init; }

    public int Answered { get; init; }

    public int AnsweredWithinTarget { get; init; }

    public int Missed { get; init; }

    public int ShortAbandons { get; init; }

    /// <summary>Unanswered chats that came and went outside business hours (<c>Sla:BusinessHoursOnly</c>).</summary>
    public int AfterHours { get; init; }

    public int Waiting { get; init; }

    public TimeSpan? AvgWait { get; init; }

    public TimeSpan? MaxWait { get; init; }

    /// <summary>Median and p90 (nearest rank) of the answered chats' waits, as DESIGN §3 defines them for the KPIs.</summary>
    public TimeSpan? MedianWait { get; init; }

    public TimeSpan? P90Wait { get; init; }

    /// <summary>The longest wait of a chat still waiting now.</summary>
    public TimeSpan? LongestWaiting { get; init; }

    public double? ServiceLevel => Answered + Missed == 0 ? null : (double)AnsweredWithinTarget / (Answered + Missed);

    public static LiveWindowStats Compute(IEnumerable<Chat> chats, DateTimeOffset now, DefinitionSettings definitions)
    {
        int count = 0, answered = 0, within = 0, missed = 0, shortAbandons = 0, afterHours = 0, waiting = 0;
        var waits = new List<TimeSpan>();
        TimeSpan? longestWaiting = null;
        foreach (var chat in chats)
        {
            var timeline = ChatTimeline.For(chat, now, definitions);
            if (timeline.IsOutbound)
            {
                continue;
            }

            count++;
            if (timeline.Wait is { } wait)
            {
                answered++;
                waits.Add(wait);
                within += wait <= definitions.AnswerWithinFor(chat.Channel) ? 1 : 0;
            }
            else if (timeline.IsShortAbandon)
            {
                shortAbandons++;
            }
            else if (timeline.IsAfterHours)
            {
                afterHours++;
            }
            else if (timeline.IsMissed)
            {
                missed++;
            }
            else if (timeline.IsWaiting)
            {
                waiting++;
                var waited = timeline.WaitedAt(now);
                longestWaiting = longestWaiting is { } l && l > waited ? l : waited;
            }
        }

        var statistics = WaitStatistics.From(waits.GroupBy(w => w.Ticks).ToDictionary(g => g.Key, g => g.Count()));
        return new LiveWindowStats
        {
            MedianWait = statistics.Median is { } median ? TimeSpan.FromSeconds(median) : null,
            P90Wait = statistics.P90 is { } p90 ? TimeSpan.FromSeconds(p90) : null,
            Chats = count,
            Answered = answered,
            AnsweredWithinTarget = within,
            Missed = missed,
            ShortAbandons = shortAbandons,
            AfterHours = afterHours,
            Waiting = waiting,
            AvgWait = waits.Count == 0 ? null : TimeSpan.FromTicks((long)waits.Average(w => w.Ticks)),
            MaxWait = waits.Count == 0 ? null : waits.Max(),
            LongestWaiting = longestWaiting,
        };
    }
}
