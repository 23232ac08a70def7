using System.Text.Json.Serialization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>The staffing estimate for one hour of the day (business time zone).</summary>
public sealed record StaffingHour
{
    public int Hour { get; init; }

    /// <summary>Live-channel chats starting in this hour, averaged over the days of the period.</summary>
    public double ArrivalsPerHour { get; init; }

    /// <summary>Average handle time (first response to end, plus wrap-up) of chats starting in this hour.</summary>
    [JsonPropertyName("avg_handle_time_s")]
    public double? AvgHandleTimeSeconds { get; init; }

    /// <summary>Offered load A = arrivals per hour × handle time ÷ 3600.</summary>
    public double? TrafficErlangs { get; init; }

    /// <summary>Erlang C agents (chat slots) needed to reach the target.</summary>
    public int? AgentsNeeded { get; init; }

    /// <summary>Agents ÷ average concurrency, rounded up: people needed.</summary>
    public int? OperatorsNeeded { get; init; }
}
