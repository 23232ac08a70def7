using System.CommandLine;
using QaBot.Core.Generation;
using QaBot.Infrastructure.Ingest.Jsonl;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot generate --out FILE [--days N] [--chats-per-day N] [--seed N] [--start YYYY-MM-DD]</c>: deterministic
/// synthetic transcripts (JSON Lines) with known rates, for demos, load tests and benchmarks.
/// </summary>
internal static class GenerateVerb
{
    public static Command Command()
    {
        var output = CliOptions.Text("--out", "the JSON Lines file to write (- for standard output)", "FILE", required: true);
        var days = CliOptions.Whole("--days", "how many days", 7, 1);
        var chatsPerDay = CliOptions.Whole("--chats-per-day", "chats on a weekday (fewer at weekends)", 200, 1);
        var seed = CliOptions.Whole("--seed", "the same seed gives the same transcripts", 42, 0);
        var start = CliOptions.Day("--start", "the first day (default: a fixed past Monday)");
        var command = new Command("generate", "realistic synthetic transcripts with known rates (JSON Lines)") { output, days, chatsPerDay, seed, start };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(output)!,
            new GeneratorSettings
            {
                Days = parse.GetValue(days),
                ChatsPerDay = parse.GetValue(chatsPerDay),
                Seed = parse.GetValue(seed),
                StartDate = parse.GetValue(start) ?? new GeneratorSettings().StartDate,
            },
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string output, GeneratorSettings settings, CancellationToken cancellationToken)
    {
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
