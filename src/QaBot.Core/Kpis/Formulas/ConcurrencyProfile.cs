using QaBot.Core.Kpis.Accumulation;

namespace QaBot.Core.Kpis.Formulas;

/// <summary>
/// DESIGN §3 concurrency: the time-weighted mean number of chats open over the time at least one is open
/// (<see cref="OpenChatTicks"/> ÷ <see cref="BusyTicks"/>), and the maximum open at once.
/// </summary>
/// <param name="OpenChatTicks">∫ open chats dt.</param>
/// <param name="BusyTicks">∫ [at least one chat open] dt.</param>
/// <param name="Max">The most chats open at one instant.</param>
public readonly record struct ConcurrencyProfile(long OpenChatTicks, long BusyTicks, int Max)
{
    public double? Average => KpiMath.Ratio(OpenChatTicks, BusyTicks);

    /// <summary>Pools several operators: total chat time over total busy time, the largest maximum.</summary>
    public ConcurrencyProfile Pool(ConcurrencyProfile other) =>
        new(OpenChatTicks + other.OpenChatTicks, BusyTicks + other.BusyTicks, Math.Max(Max, other.Max));

    /// <summary>Sweeps the spans in time order. Spans are half-open, so a chat that ends as the next starts does not overlap it.</summary>
    public static ConcurrencyProfile Of(IEnumerable<ActiveSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var events = new List<(long At, int Change)>();
        foreach (var span in spans.Where(s => s.To > s.From))
        {
            events.Add((span.From.UtcTicks, +1));
            events.Add((span.To.UtcTicks, -1));
        }

        // At equal instants, ends (−1) sort before starts (+1).
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Change.CompareTo(b.Change));
        long openChatTicks = 0, busyTicks = 0, previous = 0;
        int open = 0, max = 0;
        foreach (var (at, change) in events)
        {
            if (open > 0)
            {
                openChatTicks += open * (at - previous);
                busyTicks += at - previous;
            }

            open += change;
            max = Math.Max(max, open);
            previous = at;
        }

        return new ConcurrencyProfile(openChatTicks, busyTicks, max);
    }
}
