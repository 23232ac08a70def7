namespace QaBot.Core.Kpis.Reports;

/// <summary>
/// The KPI report of DESIGN §5. <see cref="KpiJson"/> writes it as the documented snake_case object, with the fields
/// of <see cref="Totals"/> at the top level.
/// </summary>
public sealed record KpiReport
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>IANA name of the business time zone.</summary>
    public required string Timezone { get; init; }

    /// <summary>The period's core figures (<see cref="KpiJson"/> writes them inline at the top level).</summary>
    public required KpiFigures Totals { get; init; }

    /// <summary>24 chat counts by business hour of t0.</summary>
    public required IReadOnlyList<int> ByHour { get; init; }

    public required IReadOnlyDictionary<string, KpiFigures> ByChannel { get; init; }

    public required IReadOnlyDictionary<string, KpiFigures> ByGroup { get; init; }

    public required IReadOnlyList<OperatorKpis> ByOperator { get; init; }

    public required KpiTrend Trend { get; init; }

    public required PeakHours PeakHours { get; init; }

    public required StaffingEstimate Staffing { get; init; }

    /// <summary>
    /// The mode waits and the service level were counted in: true = business hours only (<c>Sla:BusinessHoursOnly</c>),
    /// false = every hour.
    /// </summary>
    public bool BusinessHoursOnly { get; init; }
}
