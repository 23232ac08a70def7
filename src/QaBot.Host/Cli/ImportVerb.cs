using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Cli;

/// <summary><c>qabot import &lt;file&gt; [--format jsonl|csv|chatwoot]</c>: exits 1 when any record was rejected.</summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        cl.AllowOnly("format");
        var path = cl.RequirePositional(0, "the file to import: qabot import <file> [--format jsonl|csv|chatwoot]");
        var formatName = cl.Option("format") ?? TranscriptFormats.Guess(path);
        ITranscriptFormat format;
        try
        {
            format = TranscriptFormats.Create(formatName, services.GetRequiredService<IngestPolicy>());
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"qabot import: file not found: {path}");
            return 2;
        }

        await services.MigrateAllAsync(cancellationToken);
        var report = await ImportFileAsync(services, path, format, Console.Error, cancellationToken);
        Console.WriteLine(Describe(report, path));
        return report.Rejected > 0 ? 1 : 0;
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
