using QaBot.Infrastructure.Ingest.Csv;
using QaBot.Infrastructure.Ingest.Jsonl;

namespace QaBot.Infrastructure.Ingest;

/// <summary>The <c>--format</c> names of <c>qabot import</c>.</summary>
public static class TranscriptFormats
{
    public static IReadOnlyList<string> Names { get; } = ["jsonl", "csv", "chatwoot"];

    public static ITranscriptFormat Create(string name, IngestPolicy policy) => name.ToLowerInvariant() switch
    {
        "jsonl" or "json" => new JsonlTranscriptFormat(policy),
        "csv" => new CsvTranscriptFormat(policy),
        "chatwoot" => new Chatwoot.ChatwootFileFormat(policy),
        _ => throw new ArgumentException($"Unknown format '{name}'; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>Guesses the format from the file name when <c>--format</c> is not given.</summary>
    public static string Guess(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl";
}
