namespace QaBot.Core.Kpis.Reports;

/// <summary>The previous period of equal length (<see cref="From"/>..<see cref="To"/>), its headline numbers, and the change to now.</summary>
public sealed record KpiTrend(DateOnly From, DateOnly To, KpiHeadline Previous, KpiHeadline Delta);
