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

    /// <summary>A line holding half of a surrogate pair (cut in the middle of an emoji): it cannot be read as JSON text.</summary>
    public const string BrokenUnicode = "the line is not valid Unicode text: half of a character (a broken surrogate pair, e.g. a cut emoji)";

    /// <summary>The error System.Text.Json raises when a string with a lone surrogate is transcoded to UTF-8.</summary>
    public static bool IsBrokenUnicode(ArgumentException ex) => ex.InnerException is System.Text.EncoderFallbackException;

    /// <summary>System.Text.Json appends "LineNumber: 0 | BytePositionInLine: n."; within one line only the byte matters.</summary>
    public static string InvalidJson(JsonException ex) =>
        $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {ex.Message.Split(" LineNumber:", 2)[0]}";
}
