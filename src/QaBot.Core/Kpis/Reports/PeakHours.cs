namespace QaBot.Core.Kpis.Reports;

/// <summary>Chat counts by business weekday × hour of t0, and the busiest cells.</summary>
/// <param name="ByWeekday">Weekday name (<c>monday</c> … <c>sunday</c>, in that order) → 24 chat counts by hour.</param>
/// <param name="Top">The busiest cells, most chats first (ties: earlier weekday, then earlier hour); empty cells never listed.</param>
public sealed record PeakHours(IReadOnlyDictionary<string, IReadOnlyList<int>> ByWeekday, IReadOnlyList<PeakHour> Top)
{
    /// <summary>ISO order, Monday first, as used by <see cref="ByWeekday"/>.</summary>
    public static IReadOnlyList<string> WeekdayNames { get; } =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
}
