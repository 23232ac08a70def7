using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Checks;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Ingest.Jsonl;
using QaBot.Infrastructure.Quality;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot score &lt;file&gt;</c>: one JSON line per chat with its checks, evidence, P(rude) per operator message and
/// sales intent (DESIGN §4). Streams the input in blocks scored on all cores; output keeps input order.
/// </summary>
internal static class ScoreVerb
{
    private const int BlockSize = 512;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Command(VerbContext verbs)
    {
        var file = CliOptions.File("file", "the transcripts to score (nothing is stored)");
        var command = new Command("score", "one JSON line per chat: checks, evidence, P(rude) per operator message, sales intent") { file, ImportVerb.Format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = verbs.Host(parse);
            return await RunAsync(parse.GetRequiredValue(file), parse.GetValue(ImportVerb.Format), host.Services, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string path, string? formatName, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"file not found: {path}");
        }

        var format = TranscriptFormats.Create(formatName ?? TranscriptFormats.Guess(path), services.GetRequiredService<IngestPolicy>());
        var quality = services.GetRequiredService<ChatQuality>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        using var reader = new StreamReader(path, IngestText.Utf8, true, 1 << 16);
        await using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
        var block = new List<IngestItem>(BlockSize);
        long rejected = 0;
        await foreach (var item in format.ReadAsync(reader, cancellationToken))
        {
            block.Add(item);
            if (block.Count == BlockSize)
            {
                rejected += await WriteBlockAsync(block, quality, now, stdout, path, cancellationToken);
                block.Clear();
            }
        }

        rejected += await WriteBlockAsync(block, quality, now, stdout, path, cancellationToken);
        await stdout.FlushAsync(cancellationToken);
        return rejected > 0 ? 1 : 0;
    }

    private static async Task<long> WriteBlockAsync(List<IngestItem> block, ChatQuality quality, DateTimeOffset now, Stream output, string path, CancellationToken cancellationToken)
    {
        var lines = new byte[block.Count][];
        Parallel.For(0, block.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (block[i].Chat is { } chat)
            {
                lines[i] = Serialize(quality.Check(chat, now));
            }
        });

        long rejected = 0;
        for (var i = 0; i < block.Count; i++)
        {
            if (block[i].Error is { } error)
            {
                rejected++;
                await Console.Error.WriteLineAsync($"{path}:{block[i].Line}: rejected: {error}");
            }
            else if (lines[i] is { } line)
            {
                await output.WriteAsync(line, cancellationToken);
            }
        }

        return rejected;
    }

    /// <summary>The DESIGN §4 line: id, source, qa_score, checks, evidence (failed checks only), politeness, review, sales_intent.</summary>
    public static byte[] Serialize(ChatCheckResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", result.Key.Id);
            w.WriteString("source", result.Key.Source);
            if (result.QaScore is { } qa)
            {
                w.WriteNumber("qa_score", qa);
            }
            else
            {
                w.WriteNull("qa_score");
            }

            w.WriteStartObject("checks");
            foreach (var name in CheckNames.All)
            {
                w.WriteString(name, result.Checks.TryGetValue(name, out var outcome) ? outcome.ToName() : CheckOutcomeNames.NotApplicable);
            }

            w.WriteEndObject();
            w.WriteStartObject("evidence");
            foreach (var (check, ids) in result.Evidence.Where(e => e.Value.Count > 0))
            {
                w.WriteStartArray(check);
                foreach (var id in ids)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteStartObject("politeness");
            foreach (var (id, p) in result.Politeness)
            {
                w.WriteNumber(id, Math.Round(p, 4));
            }

            w.WriteEndObject();
            // The politeness review tier: not rude, unsure; a supervisor should look (DESIGN §4).
            w.WriteStartArray("review");
            foreach (var id in result.Review)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteBoolean("sales_intent", result.SalesIntent);
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
