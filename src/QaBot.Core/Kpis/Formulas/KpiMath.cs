namespace QaBot.Core.Kpis.Formulas;

/// <summary>
/// The two operations every KPI ends in, with DESIGN §5's "null where there is no data". Each is a single division
/// of exact integers, so the same sums always give the same double, however they were accumulated.
/// </summary>
public static class KpiMath
{
    /// <summary>numerator ÷ denominator as a fraction, or null when the denominator is zero.</summary>
    public static double? Ratio(long numerator, long denominator) =>
        denominator == 0 ? null : numerator / (double)denominator;

    /// <summary>Mean in seconds of <paramref name="count"/> times summing to <paramref name="ticks"/>, or null when there are none.</summary>
    public static double? MeanSeconds(long ticks, long count) =>
        count == 0 ? null : ticks / ((double)count * TimeSpan.TicksPerSecond);

    public static double Seconds(long ticks) => ticks / (double)TimeSpan.TicksPerSecond;

    public static double Seconds(TimeSpan time) => Seconds(time.Ticks);
}
