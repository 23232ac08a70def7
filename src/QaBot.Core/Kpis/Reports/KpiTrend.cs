namespace QaBot.Core.Kpis.Reports;

/// <summary>
/// The previous period of equal length (<see cref="From"/>..<see cref="To"/>), its headline numbers, and the change to
/// now. While the period is still running, the previous one is cut at the same wall-clock point, <see cref="Until"/>.
/// </summary>
public sealed record KpiTrend(DateOnly From, DateOnly To, KpiHeadline Previous, KpiHeadline Delta)
{
    /// <summary>Business-clock end of the compared previous hours ("yesterday until 07:30"); null for a whole period.</summary>
    public DateTime? Until { get; init; }
}
