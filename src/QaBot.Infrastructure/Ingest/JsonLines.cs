using System.Runtime.CompilerServices;
using System.Text.Json;

namespace QaBot.Infrastructure.Ingest;

/// <summary>Line-by-line reading shared by the JSON Lines formats: blank lines skipped, 1-based line numbers.</summary>
internal static class JsonLines
{
    public static async IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, Func<long, string, IngestItem> parse, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return parse(lineNumber, line);
            }
        }
    }

    /// <summary>System.Text.Json appends "LineNumber: 0 | BytePositionInLine: n."; within one line only the byte matters.</summary>
    public static string InvalidJson(JsonException ex) =>
        $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {ex.Message.Split(" LineNumber:", 2)[0]}";
}
