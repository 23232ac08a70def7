using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;

namespace QaBot.Infrastructure.Ingest;

/// <summary>
/// Streams a transcript file into the store: records are parsed on one task and written in batches on another,
/// so memory stays bounded by a couple of batches whatever the file size. Bad records never stop the import:
/// each is reported (line number and reason) and copied to a rejected file beside the input.
/// </summary>
public sealed class TranscriptImporter
{
    private const int BatchChats = 1_000;
    private const int BatchMessages = 20_000;

    private readonly ITranscriptStore _store;
    private readonly TimeProvider _time;

    public TranscriptImporter(ITranscriptStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Called for each rejected record, in input order.</summary>
    public Action<long, string>? OnRejected { get; set; }

    public Action<ImportProgress>? OnProgress { get; set; }

    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(2);

    public async Task<ImportReport> ImportFileAsync(string path, ITranscriptFormat format, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Input file not found: {path}", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // Bad UTF-8 bytes decode to a marker, not U+FFFD, so the record they are in is rejected naming the field (IngestText).
        using var reader = new StreamReader(stream, IngestText.Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var rejectedPath = path + format.RejectedExtension;
        File.Delete(rejectedPath);
        return await ImportAsync(reader, format, rejectedPath, cancellationToken);
    }

    public async Task<ImportReport> ImportAsync(TextReader reader, ITranscriptFormat format, string? rejectedPath, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<List<Chat>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var written = UpsertResult.Empty;
        // If the store fails, stop reading at once and report the store's error, not a cancellation.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(failed.Token))
                {
                    written = written.Add(await _store.UpsertAsync(batch, failed.Token));
                }
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, cancellationToken);

        long records = 0, skipped = 0, rejected = 0, messages = 0;
        var lastProgress = _time.GetTimestamp();
        StreamWriter? rejects = null;
        try
        {
            var batch = new List<Chat>();
            var batchMessages = 0;
            await foreach (var item in format.ReadAsync(reader, failed.Token))
            {
                records++;
                if (item.Chat is { } chat)
                {
                    batch.Add(chat);
                    batchMessages += chat.Messages.Count;
                    messages += chat.Messages.Count;
                    if (batch.Count >= BatchChats || batchMessages >= BatchMessages)
                    {
                        await batches.Writer.WriteAsync(batch, failed.Token);
                        batch = [];
                        batchMessages = 0;
                    }
                }
                else if (item.Error is not null)
                {
                    rejected++;
                    OnRejected?.Invoke(item.Line, item.Error);
                    if (rejectedPath is not null)
                    {
                        rejects ??= OpenRejects(rejectedPath, format);
                        await rejects.WriteLineAsync(IngestText.ForRejectedFile(item.Raw!).AsMemory(), failed.Token);
                    }
                }
                else
                {
                    skipped++;
                }

                if (OnProgress is not null && _time.GetElapsedTime(lastProgress) >= ProgressInterval)
                {
                    lastProgress = _time.GetTimestamp();
                    OnProgress(new ImportProgress(records, messages, rejected, started.Elapsed));
                }
            }

            if (batch.Count > 0)
            {
                await batches.Writer.WriteAsync(batch, failed.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await writer;
        }
        finally
        {
            batches.Writer.TryComplete();
            if (rejects is not null)
            {
                await rejects.DisposeAsync();
            }
        }

        await writer;
        return new ImportReport
        {
            Records = records,
            ChatsCreated = written.ChatsCreated,
            ChatsUpdated = written.ChatsUpdated,
            ChatsUnchanged = written.ChatsUnchanged,
            Messages = written.MessagesWritten,
            MessagesRead = messages,
            Skipped = skipped,
            Rejected = rejected,
            RejectedPath = rejected > 0 ? rejectedPath : null,
            Elapsed = started.Elapsed,
        };
    }

    private static StreamWriter OpenRejects(string path, ITranscriptFormat format)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        if (format.RejectedHeader is { } header)
        {
            writer.WriteLine(header);
        }

        return writer;
    }
}
