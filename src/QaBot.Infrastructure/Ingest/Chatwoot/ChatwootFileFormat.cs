using System.Runtime.CompilerServices;
using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// <c>--format chatwoot</c>: one webhook payload per line, in the order received. Events QaBot does not use are
/// skipped, not rejected: they are valid Chatwoot input.
/// </summary>
public sealed class ChatwootFileFormat : ITranscriptFormat
{
    public string Name => "chatwoot";

    public string RejectedExtension => ".rejected.jsonl";

    public string? RejectedHeader => null;

    public async IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ParseLine(lineNumber, line);
            }
        }
    }

    public static IngestItem ParseLine(long lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var mapping = ChatwootWebhookMapper.Map(document.RootElement);
            return mapping.Chat is { } chat
                ? IngestItem.Accepted(lineNumber, chat)
                : IngestItem.Skipped(lineNumber, $"{mapping.Event}: {mapping.IgnoredReason}");
        }
        catch (JsonException ex)
        {
            return IngestItem.Rejected(lineNumber, $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {ex.Message.Split(" LineNumber:", 2)[0]}", line);
        }
        catch (IngestException ex)
        {
            return IngestItem.Rejected(lineNumber, ex.Message, line);
        }
    }
}
