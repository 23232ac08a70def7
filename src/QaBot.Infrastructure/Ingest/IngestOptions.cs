using System.ComponentModel.DataAnnotations;

namespace QaBot.Infrastructure.Ingest;

/// <summary>The <c>Ingest</c> section: who may post transcripts and how large a request may be.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>Accepted values of the <c>X-Api-Key</c> header. Empty = the transcripts endpoint refuses everyone.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    [Range(1024, 1L << 31)]
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
}
