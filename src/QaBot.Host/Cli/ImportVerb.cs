using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot import &lt;file&gt; [--format jsonl|csv|chatwoot] [--no-score]</c>: upserts the transcripts, then scores what
/// changed (DESIGN §7), so the next <c>qabot kpi</c> has its checks and QA scores. Exits 1 when any record was rejected.
/// </summary>
internal static class ImportVerb
{
    public static readonly Option<string?> Format = CliOptions.Choice("--format", "the file's format (default: csv for *.csv, else jsonl)", [.. TranscriptFormats.Names]);

    public static Command Command(VerbContext verbs)
    {
        var file = CliOptions.File("file", "the transcripts to import; bad records are reported and kept in <file>.rejected.*");
        var noScore = CliOptions.Flag("--no-score", "do not score the imported chats now (the service scores them when it runs)");
        var command = new Command("import", "upsert transcripts from a file: run it again and nothing is duplicated") { file, Format, noScore };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = verbs.Host(parse);
            return await RunAsync(parse.GetRequiredValue(file), parse.GetValue(Format), !parse.GetValue(noScore), host.Services, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string path, string? formatName, bool score, IServiceProvider services, CancellationToken cancellationToken)
    {
        var format = TranscriptFormats.Create(formatName ?? TranscriptFormats.Guess(path), services.GetRequiredService<IngestPolicy>());
        if (!File.Exists(path))
        {
            throw new UsageException($"file not found: {path}");
        }

        await services.MigrateAllAsync(cancellationToken);
        var report = await ImportFileAsync(services, path, format, Console.Error, cancellationToken);
        Console.WriteLine(Describe(report, path));
        if (score)
        {
            var clock = Stopwatch.StartNew();
            var scored = await ScoreAllAsync(services, cancellationToken);
            await Console.Error.WriteLineAsync($"scored {scored:N0} chats in {clock.Elapsed.TotalSeconds:N1} s");
        }

        return report.Rejected > 0 ? 1 : 0;
    }

    /// <summary>Scores every chat whose stored result is missing or stale; returns how many.</summary>
    public static async Task<int> ScoreAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        int scored, total = 0;
        while ((scored = await ChatQualityWorker.ScoreStaleAsync(services, 1000, cancellationToken)) > 0)
        {
            total += scored;
        }

        return total;
    }

    /// <summary>Imports with a live report: every rejected record and a progress line every few seconds on <paramref name="log"/>.</summary>
    public static Task<ImportReport> ImportFileAsync(IServiceProvider services, string path, ITranscriptFormat format, TextWriter log, CancellationToken cancellationToken)
    {
        var importer = services.GetRequiredService<TranscriptImporter>();
        importer.OnRejected = (line, reason) => log.WriteLine($"{path}:{line}: rejected: {reason}");
        importer.OnProgress = p => log.WriteLine(
            $"  … {p.Records:N0} records, {p.Messages:N0} messages, {p.Rejected:N0} rejected, {p.Elapsed.TotalSeconds:N0} s ({(p.Elapsed.TotalSeconds > 0 ? p.Messages / p.Elapsed.TotalSeconds : 0):N0} messages/s)");
        return importer.ImportFileAsync(path, format, cancellationToken);
    }

    public static string Describe(ImportReport r, string path) =>
        $"imported {path}: {r.Records:N0} records → {r.ChatsCreated:N0} chats created, {r.ChatsUpdated:N0} updated, " +
        $"{r.ChatsUnchanged:N0} unchanged, {r.Messages:N0} messages written; {r.MessagesRead:N0} read in {r.Elapsed.TotalSeconds:N1} s " +
        $"({r.MessagesPerSecond:N0} messages/s)" +
        (r.Skipped > 0 ? $", {r.Skipped:N0} skipped" : string.Empty) +
        (r.Rejected > 0 ? $"; {r.Rejected:N0} rejected (kept in {r.RejectedPath})" : string.Empty);
}
