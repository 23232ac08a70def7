using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Jobs;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Telegram.Delivery;
using QaBot.Infrastructure.Telegram.Storage;
using Microsoft.Extensions.Hosting;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot demo</c>: the newcomer's first command. Runs the whole pipeline on the embedded default with the bundled
/// sample: import (again and again without duplicates), quality checks with the shipped models, the KPI report,
/// and the messages the bot would send (printed, since no Telegram token is needed).
/// </summary>
internal static class DemoVerb
{
    /// <summary>The demo's team chat and linked operator, so the bot has someone to write to.</summary>
    public const string DemoOperator = "op-2";

    public static readonly string[] DemoConfig =
        // The sample is a past week: its rude messages are alerted whatever their age, as they would have been live.
        ["--Alerts:ChatIds:0=-1000000000001", "--Access:Supervisors:0=1000001", $"--Access:Operators:1000002={DemoOperator}", "--Alerts:RudeMaxAgeMinutes=0"];

    public static Command Command(VerbContext verbs)
    {
        var sample = CliOptions.Text("--sample", "the transcripts to import (default config/samples/sample.jsonl)", "FILE");
        var command = new Command("demo", "the whole pipeline on the embedded default with the bundled sample; the bot's messages are printed here") { sample };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // The demo gives the bot a team chat and a linked operator to write to; the command line can override both.
            using var host = verbs.Host(parse, DemoConfig);
            return await RunAsync(parse.GetValue(sample), host.Services, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(string? samplePath, IServiceProvider services, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var sample = samplePath ?? ConfigLocation.PathOf("samples", "sample.jsonl");
        var store = services.GetRequiredService<ITranscriptStore>();
        var zone = services.GetRequiredService<IOptions<BusinessOptions>>().Value.Zone;
        Console.WriteLine("QaBot demo — " + (storage.UsesPostgres ? "PostgreSQL" : $"embedded default: SQLite at {storage.SqlitePath}") + ", jobs in memory");
        Console.WriteLine();

        await services.MigrateAllAsync(cancellationToken);
        Console.WriteLine($"1. Import {Path.GetRelativePath(Environment.CurrentDirectory, sample)}");
        var report = await ImportVerb.ImportFileAsync(services, sample, TranscriptFormats.Create("jsonl", services.GetRequiredService<IngestPolicy>()), Console.Out, cancellationToken);
        Console.WriteLine("   " + ImportVerb.Describe(report, Path.GetFileName(sample)));
        var counts = await store.CountAsync(cancellationToken);
        Console.WriteLine($"   the store holds {counts.Chats:N0} chats, {counts.Messages:N0} messages (run the demo again: nothing is duplicated)");
        Console.WriteLine();

        Console.WriteLine("2. Quality: every chat checked against the rules and scored by the ML.NET models");
        var quality = services.GetRequiredService<ChatQuality>();
        var total = await ImportVerb.ScoreAllAsync(services, cancellationToken);
        Console.WriteLine($"   {total:N0} chats (re)scored with {quality.Version}");
        var (first, last) = await DemoData.SpanAsync(store, zone, cancellationToken);
        await DemoData.PrintFlaggedAsync(services, first, last, zone, Console.Out, cancellationToken);

        Console.WriteLine($"3. KPIs for {last:yyyy-MM-dd} (the sample's last day), as `qabot kpi --format text` prints them");
        var kpis = services.GetRequiredService<IKpiService>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var day = await kpis.ComputeAsync(new KpiRequest(last, last, zone, now), cancellationToken);
        Console.WriteLine(KpiTextReport.Render(day));

        Console.WriteLine("4. What the bot sends: the daily summary to the team chat, one operator's weekly feedback");
        Console.WriteLine("   (no Telegram token is configured, so the outbox delivers to this terminal)");
        var delivery = services.GetServices<IHostedService>().OfType<OutboxDeliveryService>().Single();
        await delivery.StartAsync(cancellationToken);
        var notifier = services.GetRequiredService<ITeamNotifier>();
        await notifier.SendDailySummaryAsync(day, await kpis.ComputeAsync(new KpiRequest(last.AddDays(-7), last.AddDays(-7), zone, now), cancellationToken), cancellationToken);
        var weekStart = last.AddDays(-(((int)last.DayOfWeek + 6) % 7));
        var feedback = await services.GetRequiredService<WeeklyFeedbackJob>().ComposeAsync(weekStart, cancellationToken);
        if (feedback.FirstOrDefault(f => f.OperatorId == DemoOperator) is { } example)
        {
            await notifier.SendWeeklyFeedbackAsync(example, cancellationToken);
        }

        var outbox = services.GetRequiredService<OutboxStore>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await outbox.CountPendingAsync(cancellationToken) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        await delivery.StopAsync(cancellationToken);
        Console.WriteLine();
        Console.WriteLine("Next: `qabot run` starts the service (HTTP ingest on /api/v1/transcripts, /health, /metrics, /hangfire);");
        Console.WriteLine("set Telegram__BotToken to talk to Telegram instead of this terminal.");
        return 0;
    }
}
