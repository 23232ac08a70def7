namespace QaBot.Infrastructure.Ingest;

/// <summary>An input format (<c>--format jsonl|csv|chatwoot</c>): turns a text stream into chats, record by record.</summary>
public interface ITranscriptFormat
{
    string Name { get; }

    /// <summary>File extension for the rejected-records file written beside the input.</summary>
    string RejectedExtension { get; }

    /// <summary>Reads lazily; never buffers the whole input. Line numbers are 1-based line numbers of the input.</summary>
    IAsyncEnumerable<IngestItem> ReadAsync(TextReader reader, CancellationToken cancellationToken);

    /// <summary>The header line to write at the top of the rejected file (CSV), or null.</summary>
    string? RejectedHeader { get; }
}
