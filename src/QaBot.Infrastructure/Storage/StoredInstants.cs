using Microsoft.Extensions.Logging;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Storage;

/// <summary>
/// The instants every reader of stored data can compute with: a day, an hour bucket, an instant plus an FCR window or a
/// time-zone offset. The doors accept a narrower window (<see cref="Ingest.IngestPolicy"/>); a value outside this one
/// can only come from an older QaBot or a hand edit, and the chat or change it is in is skipped (and logged), so one
/// bad row never fails every KPI period, rollup and job.
/// </summary>
internal static partial class StoredInstants
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const long MicrosPerHour = 3_600_000_000;

    private static readonly long EarliestHour = StorageConventions.ToMicros(Earliest) / MicrosPerHour;

    private static readonly long LatestHour = StorageConventions.ToMicros(Latest) / MicrosPerHour;

    public static bool InRange(DateTimeOffset at) => at >= Earliest && at < Latest;

    /// <summary>An hour bucket (Unix microseconds ÷ one hour, as the rollup triggers record changes).</summary>
    public static bool HourInRange(long hour) => hour >= EarliestHour && hour < LatestHour;

    /// <summary>Whether every instant of <paramref name="chat"/> is in range.</summary>
    public static bool InRange(Chat chat) =>
        (chat.EndedAt is not { } ended || InRange(ended))
        && (chat.ClosedAt is not { } closed || InRange(closed))
        && chat.Messages.All(m => InRange(m.At));

    /// <summary>What a store does with a chat it skips: a warning naming it, so an admin can find and fix the row.</summary>
    public static Action<ChatKey> Reporter(ILogger? logger) =>
        key => { if (logger is not null) { LogSkipped(logger, key.Source, key.Id, Earliest, Latest); } };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {Source}/{Id} skipped: it holds an instant outside {Earliest:yyyy-MM-dd}..{Latest:yyyy-MM-dd} that no KPI can use; fix or delete the row")]
    private static partial void LogSkipped(ILogger logger, string source, string id, DateTimeOffset earliest, DateTimeOffset latest);
}
