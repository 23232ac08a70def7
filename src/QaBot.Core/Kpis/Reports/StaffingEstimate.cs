using System.Text.Json.Serialization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>Operators needed per hour of the day to answer <see cref="ServiceLevelTarget"/> of chats within the threshold.</summary>
public sealed record StaffingEstimate
{
    public double ServiceLevelTarget { get; init; }

    [JsonPropertyName("threshold_s")]
    public double ThresholdSeconds { get; init; }

    /// <summary>Chats one operator carries at once (pooled over operators); 1 when unknown.</summary>
    public double AvgConcurrency { get; init; }

    /// <summary>Business days in the period.</summary>
    public int Days { get; init; }

    /// <summary>Days of the period with live-channel chats: the arrivals per hour are averaged over these.</summary>
    public int DaysWithData { get; init; }

    public IReadOnlyList<StaffingHour> Hours { get; init; } = [];
}
