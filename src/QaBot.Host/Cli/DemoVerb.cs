using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot demo</c>: the newcomer's first command. Imports the bundled sample into the embedded store (again and
/// again without duplicates) and prints what a supervisor would see.
/// </summary>
internal static class DemoVerb
{
    public static async Task<int> RunAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        cl.AllowOnly("sample");
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var sample = cl.Option("sample") ?? ConfigLocation.PathOf("samples", "sample.jsonl");
        var store = services.GetRequiredService<ITranscriptStore>();
        Console.WriteLine("QaBot demo — embedded default: " +
            (storage.UsesPostgres ? "PostgreSQL" : $"SQLite at {storage.SqlitePath}") + ", jobs in memory");
        Console.WriteLine();

        await store.MigrateAsync(cancellationToken);
        Console.WriteLine($"1. Import {Path.GetRelativePath(Environment.CurrentDirectory, sample)}");
        var report = await ImportVerb.ImportFileAsync(services, sample, TranscriptFormats.Create("jsonl"), Console.Out, cancellationToken);
        Console.WriteLine("   " + ImportVerb.Describe(report, Path.GetFileName(sample)));
        var counts = await store.CountAsync(cancellationToken);
        Console.WriteLine($"   store now holds {counts.Chats:N0} chats, {counts.Messages:N0} messages (importing again changes nothing)");
        Console.WriteLine();

        var chats = new List<Chat>();
        await foreach (var chat in store.QueryAsync(new ChatQuery(DateTimeOffset.MinValue, DateTimeOffset.MaxValue), cancellationToken))
        {
            chats.Add(chat);
        }

        DemoSummary.Print(chats, services.GetRequiredService<TimeProvider>().GetUtcNow(), DefinitionSettings.Default, Console.Out);
        return 0;
    }
}
