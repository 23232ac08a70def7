namespace QaBot.Core.Kpis.Formulas;

/// <summary>Mean, median, p90 and maximum of the waits in an exact histogram (DESIGN §3 percentiles), in seconds.</summary>
public sealed record WaitStatistics(double? Mean, double? Median, double? P90, double? Max)
{
    public static WaitStatistics Empty { get; } = new(null, null, null, null);

    /// <param name="histogram">Wait in ticks → number of chats with that wait.</param>
    public static WaitStatistics From(IReadOnlyDictionary<long, int> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var sorted = histogram.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key).ToList();
        long n = sorted.Sum(pair => (long)pair.Value);
        if (n == 0)
        {
            return Empty;
        }

        var sum = sorted.Sum(pair => pair.Key * pair.Value);
        long KthSmallest(long k)
        {
            long seen = 0;
            foreach (var (ticks, count) in sorted)
            {
                seen += count;
                if (seen >= k)
                {
                    return ticks;
                }
            }

            throw new InvalidOperationException("Rank outside the histogram.");
        }

        // median: the middle value, or the mean of the two middle values for even n.
        var median = n % 2 == 1
            ? KpiMath.Seconds(KthSmallest((n + 1) / 2))
            : (KthSmallest(n / 2) + KthSmallest((n / 2) + 1)) / (2.0 * TimeSpan.TicksPerSecond);

        // p90, nearest rank: the ceil(0.9·n)-th smallest; integer ceil(9n/10) avoids 0.9·n rounding up or down.
        var p90Rank = ((9 * n) + 9) / 10;
        return new WaitStatistics(
            KpiMath.MeanSeconds(sum, n),
            median,
            KpiMath.Seconds(KthSmallest(p90Rank)),
            KpiMath.Seconds(sorted[^1].Key));
    }
}
