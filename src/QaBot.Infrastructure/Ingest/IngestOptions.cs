using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Ingest;

/// <summary>The <c>Ingest</c> section: who may post transcripts, how large a request may be, which instants are accepted.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Accepted values of the <c>X-Api-Key</c> header. Empty = the transcripts endpoint refuses everyone.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    [Range(1024, 1L << 31)]
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Request bodies buffered in memory at once across all requests; a post that cannot get its share within a few
    /// seconds answers 503 with Retry-After.
    /// </summary>
    [Range(1, 1024 * 1024)]
    public int MaxBufferedBodyMegabytes { get; set; } = 64;

    /// <summary>How long an ingest request waits for the database before it answers 503 with Retry-After.</summary>
    [Range(1, 600)]
    public int StoreTimeoutSeconds { get; set; } = 10;

    public TimeSpan StoreTimeout => TimeSpan.FromSeconds(StoreTimeoutSeconds);

    /// <summary>Earliest accepted instant of any message or chat field; older ones reject their record.</summary>
    [Range(typeof(DateTimeOffset), "1970-01-01T00:00:00Z", "2100-01-01T00:00:00Z", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public DateTimeOffset NotBefore { get; set; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far past the server's clock an instant may lie (clock skew between systems); later ones reject their record.</summary>
    [Range(0, 24 * 366)]
    public double MaxFutureHours { get; set; } = 24;
}
