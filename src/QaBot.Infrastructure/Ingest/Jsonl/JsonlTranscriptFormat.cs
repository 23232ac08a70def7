using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Jsonl;

/// <summary>QaBot's own format: JSON Lines, one chat per line (DESIGN §2). Blank lines are skipped.</summary>
public sealed class JsonlTranscriptFormat(IngestPolicy policy) : ITranscriptFormat
{
    public string Name => "jsonl";

    public string RejectedExtension => ".rejected.jsonl";

    public string? RejectedHeader => null;

    public IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, CancellationToken cancellationToken) =>
        JsonLines.ReadAsync(reader, (number, line) => ParseLine(number, line, policy), cancellationToken);

    public static IngestItem ParseLine(long lineNumber, string line, IngestPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var document = JsonDocument.Parse(line);
            var chat = TranscriptJsonParser.Parse(document.RootElement, policy);
            return IngestText.OutsideFields(line) is { } problem
                ? IngestItem.Rejected(lineNumber, problem, line)
                : IngestItem.Accepted(lineNumber, chat);
        }
        catch (JsonException ex)
        {
            return IngestItem.Rejected(lineNumber, JsonLines.InvalidJson(ex), line);
        }
        catch (IngestException ex)
        {
            return IngestItem.Rejected(lineNumber, ex.Message, line);
        }
        catch (ArgumentException ex) when (JsonLines.IsBrokenUnicode(ex))
        {
            return IngestItem.Rejected(lineNumber, JsonLines.BrokenUnicode, line);
        }
    }
}
