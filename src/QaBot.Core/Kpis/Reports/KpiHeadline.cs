using System.Text.Json.Serialization;

namespace QaBot.Core.Kpis.Reports;

/// <summary>The headline numbers compared in the trend: a period's values, or the change between two periods.</summary>
public sealed record KpiHeadline
{
    public int Chats { get; init; }

    public int Answered { get; init; }

    public int Missed { get; init; }

    public double? MissedRate { get; init; }

    public double? ServiceLevel { get; init; }

    [JsonPropertyName("avg_wait_s")]
    public double? AvgWaitSeconds { get; init; }

    [JsonPropertyName("median_wait_s")]
    public double? MedianWaitSeconds { get; init; }

    [JsonPropertyName("avg_reply_time_s")]
    public double? AvgReplyTimeSeconds { get; init; }

    public double? CsatAvg { get; init; }

    public double? ConversionRate { get; init; }

    public double? FcrRate { get; init; }

    public double? CannedShare { get; init; }

    public double? QaScoreAvg { get; init; }

    public static KpiHeadline Of(KpiFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new KpiHeadline
        {
            Chats = figures.Chats,
            Answered = figures.Answered,
            Missed = figures.Missed,
            MissedRate = figures.MissedRate,
            ServiceLevel = figures.ServiceLevel,
            AvgWaitSeconds = figures.AvgWaitSeconds,
            MedianWaitSeconds = figures.MedianWaitSeconds,
            AvgReplyTimeSeconds = figures.AvgReplyTimeSeconds,
            CsatAvg = figures.CsatAvg,
            ConversionRate = figures.ConversionRate,
            FcrRate = figures.FcrRate,
            CannedShare = figures.CannedShare,
            QaScoreAvg = figures.QaScoreAvg,
        };
    }

    /// <summary>current − previous, field by field; null where either side has no data.</summary>
    public static KpiHeadline Delta(KpiHeadline current, KpiHeadline previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        return new KpiHeadline
        {
            Chats = current.Chats - previous.Chats,
            Answered = current.Answered - previous.Answered,
            Missed = current.Missed - previous.Missed,
            MissedRate = current.MissedRate - previous.MissedRate,
            ServiceLevel = current.ServiceLevel - previous.ServiceLevel,
            AvgWaitSeconds = current.AvgWaitSeconds - previous.AvgWaitSeconds,
            MedianWaitSeconds = current.MedianWaitSeconds - previous.MedianWaitSeconds,
            AvgReplyTimeSeconds = current.AvgReplyTimeSeconds - previous.AvgReplyTimeSeconds,
            CsatAvg = current.CsatAvg - previous.CsatAvg,
            ConversionRate = current.ConversionRate - previous.ConversionRate,
            FcrRate = current.FcrRate - previous.FcrRate,
            CannedShare = current.CannedShare - previous.CannedShare,
            QaScoreAvg = current.QaScoreAvg - previous.QaScoreAvg,
        };
    }
}
