using System.Runtime.CompilerServices;
using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Jsonl;

/// <summary>QaBot's own format: JSON Lines, one chat per line (DESIGN §2). Blank lines are skipped.</summary>
public sealed class JsonlTranscriptFormat : ITranscriptFormat
{
    public string Name => "jsonl";

    public string RejectedExtension => ".rejected.jsonl";

    public string? RejectedHeader => null;

    public async IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(lineNumber, line);
        }
    }

    public static IngestItem ParseLine(long lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return IngestItem.Accepted(lineNumber, TranscriptJsonParser.Parse(document.RootElement));
        }
        catch (JsonException ex)
        {
            // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: n."; within one line only the byte matters.
            var reason = ex.Message.Split(" LineNumber:", 2)[0];
            return IngestItem.Rejected(lineNumber, $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {reason}", line);
        }
        catch (IngestException ex)
        {
            return IngestItem.Rejected(lineNumber, ex.Message, line);
        }
    }
}
