using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Kpis;

/// <summary>The <c>Kpi</c> section: the thresholds of the DESIGN §3 definitions that KPIs, checks and alerts share.</summary>
public sealed class KpiOptions
{
    public const string SectionName = "Kpi";

    /// <summary>A chat without <c>ended_at</c> ends at its last message once this much time has passed (DESIGN §3 end).</summary>
    [Range(1, 10080)]
    public int InactivityTimeoutMinutes { get; set; } = 30;

    /// <summary>An unanswered chat that ends sooner than this after its start is a short abandon, not a missed chat.</summary>
    [Range(0, 3600)]
    public int ShortAbandonSeconds { get; set; } = 5;

    /// <summary>A repeat contact within this many days after a chat's end undoes its first-contact resolution.</summary>
    [Range(1, 90)]
    public int FcrWindowDays { get; set; } = 7;

    /// <summary>
    /// Read pre-aggregated days (<c>kpi_rollups</c>) where they are valid. Off, every report is computed from the
    /// chats themselves: slower over long periods, same numbers; useful to rule rollups out when numbers look wrong.
    /// </summary>
    public bool UseRollups { get; set; } = true;
}
