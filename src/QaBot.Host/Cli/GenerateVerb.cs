using System.Globalization;
using QaBot.Core.Generation;
using QaBot.Infrastructure.Ingest.Jsonl;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot generate --out FILE [--days N] [--chats-per-day N] [--seed N] [--start YYYY-MM-DD]</c>: deterministic
/// synthetic transcripts (JSON Lines) with known rates, for demos, load tests and benchmarks.
/// </summary>
internal static class GenerateVerb
{
    public static async Task<int> RunAsync(CommandLine cl, CancellationToken cancellationToken)
    {
        cl.AllowOnly("out", "days", "chats-per-day", "seed", "start");
        var output = cl.Option("out") ?? throw new UsageException("generate needs --out FILE (use - for standard output)");
        var settings = new GeneratorSettings
        {
            Days = cl.IntOption("days", 7),
            ChatsPerDay = cl.IntOption("chats-per-day", 200),
            Seed = cl.IntOption("seed", 42),
            StartDate = cl.Option("start") is { } start
                ? DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new UsageException($"--start must be YYYY-MM-DD, got '{start}'")
                : new GeneratorSettings().StartDate,
        };
        try
        {
            settings.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        var chats = new TranscriptGenerator().Generate(settings);
        long written;
        if (output == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            written = await TranscriptJsonWriter.WriteLinesAsync(chats, stdout, cancellationToken);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            written = await TranscriptJsonWriter.WriteLinesAsync(chats, file, cancellationToken);
            await Console.Error.WriteLineAsync(
                $"generated {written:N0} chats ({settings.Days} days from {settings.StartDate:yyyy-MM-dd}, ~{settings.ChatsPerDay} chats per weekday, seed {settings.Seed}) → {output}");
        }

        return 0;
    }
}
