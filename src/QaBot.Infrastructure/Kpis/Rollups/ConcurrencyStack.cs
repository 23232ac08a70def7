using System.Runtime.InteropServices;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Formulas;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// Hands <see cref="Core.Kpis.Reports.KpiReportBuilder"/> each operator's concurrency without the million spans of a long
/// period. The builder reads spans only through <see cref="ConcurrencyProfile.Of"/>, whose result is three integers
/// (∫ open chats, ∫ busy, maximum). We sweep the spans here with the same rules, as sorted <c>long</c>s (several times
/// faster than the general sweep), and replace them with a small stack of spans that has exactly that profile.
/// </summary>
internal static class ConcurrencyStack
{
    // Event = ticks·2 + 1 for a start, ticks·2 for an end: sorting the longs puts ends before starts at the same
    // instant, the tie rule of ConcurrencyProfile.Of (half-open spans). UtcTicks·2 stays below long.MaxValue.
    public static long StartEvent(long utcTicks) => (utcTicks << 1) | 1;

    public static long EndEvent(long utcTicks) => utcTicks << 1;

    /// <summary>Replaces every operator's spans by a stack with the same profile, taking in the extra (stored) events too.</summary>
    public static void Condense(KpiAccumulator accumulator, Dictionary<string, List<long>> storedEvents)
    {
        foreach (var (id, op) in accumulator.ByOperator)
        {
            var events = storedEvents.GetValueOrDefault(id) ?? [];
            foreach (var span in op.ActiveSpans.Where(s => s.To > s.From))
            {
                events.Add(StartEvent(span.From.UtcTicks));
                events.Add(EndEvent(span.To.UtcTicks));
            }

            var profile = Sweep(events);
            op.ActiveSpans.Clear();
            op.ActiveSpans.AddRange(SpansWithProfile(profile));
        }
    }

    /// <summary>The concurrency profile of the events, computed exactly as <see cref="ConcurrencyProfile.Of"/> does.</summary>
    public static ConcurrencyProfile Sweep(List<long> events)
    {
        var sorted = CollectionsMarshal.AsSpan(events);
        sorted.Sort();
        long openChatTicks = 0, busyTicks = 0, previous = 0;
        int open = 0, max = 0;
        foreach (var e in sorted)
        {
            var at = e >> 1;
            if (open > 0)
            {
                openChatTicks += open * (at - previous);
                busyTicks += at - previous;
            }

            open += (e & 1) == 1 ? 1 : -1;
            max = Math.Max(max, open);
            previous = at;
        }

        return new ConcurrencyProfile(openChatTicks, busyTicks, max);
    }

    /// <summary>
    /// <c>Max</c> spans starting together: one as long as the busy time, the others sharing the remaining open-chat
    /// time, each between 1 tick and the busy time. Possible for every swept profile: the maximum is held for at
    /// least a tick (open − busy ≥ max − 1) and never exceeded (open ≤ max · busy).
    /// </summary>
    public static List<ActiveSpan> SpansWithProfile(ConcurrencyProfile profile)
    {
        var spans = new List<ActiveSpan>(Math.Max(profile.Max, 0));
        if (profile.BusyTicks <= 0)
        {
            return spans;
        }

        var start = DateTimeOffset.UnixEpoch;
        spans.Add(new ActiveSpan(start, start.AddTicks(profile.BusyTicks)));
        var remaining = profile.OpenChatTicks - profile.BusyTicks;
        for (var i = 1; i < profile.Max; i++)
        {
            var after = profile.Max - 1 - i;
            var length = Math.Min(profile.BusyTicks, remaining - after);
            spans.Add(new ActiveSpan(start, start.AddTicks(length)));
            remaining -= length;
        }

        return spans;
    }
}
