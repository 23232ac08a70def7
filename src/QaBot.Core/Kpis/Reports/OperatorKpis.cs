using System.Text.Json.Serialization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>One <c>by_operator</c> row of DESIGN §5, with DESIGN §3 attribution.</summary>
public sealed record OperatorKpis
{
    public required string OperatorId { get; init; }

    public string? Name { get; init; }

    /// <summary>Chats handled: the operator wrote in them.</summary>
    public int Chats { get; init; }

    /// <summary>Over chats whose first response they sent.</summary>
    [JsonPropertyName("avg_wait_s")]
    public double? AvgWaitSeconds { get; init; }

    /// <summary>Over handled chats that are answered and ended.</summary>
    [JsonPropertyName("avg_duration_s")]
    public double? AvgDurationSeconds { get; init; }

    /// <summary>Over reply times their messages ended.</summary>
    [JsonPropertyName("avg_reply_time_s")]
    public double? AvgReplyTimeSeconds { get; init; }

    public double? AvgConcurrency { get; init; }

    public int? MaxConcurrency { get; init; }

    /// <summary>Over rated chats where they wrote last.</summary>
    public double? CsatAvg { get; init; }

    /// <summary>Converted ÷ answered chats where they wrote last.</summary>
    public double? ConversionRate { get; init; }

    /// <summary>Over scored chats they handled.</summary>
    public double? QaScoreAvg { get; init; }

    public IReadOnlyDictionary<string, CheckCounts> Checks { get; init; } = new SortedDictionary<string, CheckCounts>(StringComparer.Ordinal);
}
