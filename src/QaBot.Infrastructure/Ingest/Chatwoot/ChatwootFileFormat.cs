using System.Text.Json;

namespace QaBot.Infrastructure.Ingest.Chatwoot;

/// <summary>
/// <c>--format chatwoot</c>: one webhook payload per line, in the order received. Events QaBot does not use are
/// skipped, not rejected: they are valid Chatwoot input.
/// </summary>
public sealed class ChatwootFileFormat(IngestPolicy policy) : ITranscriptFormat
{
    public string Name => "chatwoot";

    public string RejectedExtension => ".rejected.jsonl";

    public string? RejectedHeader => null;

    public IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, CancellationToken cancellationToken) =>
        JsonLines.ReadAsync(reader, (number, line) => ParseLine(number, line, policy), cancellationToken);

    public static IngestItem ParseLine(long lineNumber, string line, IngestPolicy policy)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var mapping = ChatwootWebhookMapper.Map(document.RootElement, policy);
            if (IngestText.OutsideFields(line) is { } problem)
            {
                return IngestItem.Rejected(lineNumber, problem, line);
            }

            return mapping.Chat is { } chat
                ? IngestItem.Accepted(lineNumber, chat)
                : IngestItem.Skipped(lineNumber, $"{mapping.Event}: {mapping.IgnoredReason}");
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
