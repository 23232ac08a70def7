using System.Text.Json.Serialization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>
/// The core KPI fields of DESIGN §5, shared by the report's top level, each <c>by_channel</c> entry and each
/// <c>by_group</c> entry. Rates are fractions 0–1, times seconds, null where there is no data.
/// </summary>
public sealed record KpiFigures
{
    public int Chats { get; init; }

    public int Answered { get; init; }

    public int Missed { get; init; }

    public int ShortAbandons { get; init; }

    public int Waiting { get; init; }

    /// <summary>missed ÷ (answered + missed).</summary>
    public double? MissedRate { get; init; }

    [JsonPropertyName("avg_wait_s")]
    public double? AvgWaitSeconds { get; init; }

    [JsonPropertyName("median_wait_s")]
    public double? MedianWaitSeconds { get; init; }

    [JsonPropertyName("p90_wait_s")]
    public double? P90WaitSeconds { get; init; }

    [JsonPropertyName("max_wait_s")]
    public double? MaxWaitSeconds { get; init; }

    /// <summary>Answered with wait ≤ T ÷ (answered + missed), T per chat channel.</summary>
    public double? ServiceLevel { get; init; }

    /// <summary>T of this slice: the channel's own for a channel, the chat channel's otherwise.</summary>
    [JsonPropertyName("service_level_threshold_s")]
    public double ServiceLevelThresholdSeconds { get; init; }

    [JsonPropertyName("avg_duration_s")]
    public double? AvgDurationSeconds { get; init; }

    [JsonPropertyName("avg_reply_time_s")]
    public double? AvgReplyTimeSeconds { get; init; }

    [JsonPropertyName("avg_wrapup_s")]
    public double? AvgWrapUpSeconds { get; init; }

    public double? CsatAvg { get; init; }

    public double? CsatSatisfiedRate { get; init; }

    public double? CsatResponseRate { get; init; }

    public double? ConversionRate { get; init; }

    public double? SalesConversionRate { get; init; }

    public double? FcrRate { get; init; }

    public double? CannedShare { get; init; }

    public double? QaScoreAvg { get; init; }

    /// <summary>Check name → pass/fail counts, ordered by name.</summary>
    public IReadOnlyDictionary<string, CheckCounts> Checks { get; init; } = new SortedDictionary<string, CheckCounts>(StringComparer.Ordinal);

    /// <summary>Operator messages in the politeness <c>review</c> tier: unsure, waiting for a supervisor's label.</summary>
    public int ToReview { get; init; }

    /// <summary>Unanswered chats that started and ended outside business hours; 0 unless <c>Sla:BusinessHoursOnly</c>.</summary>
    public int AfterHours { get; init; }

    /// <summary>Chats of the period with no quality result yet: their checks and QA score are not in the figures.</summary>
    public int Unscored { get; init; }
}
