using Microsoft.Extensions.Options;
using QaBot.Infrastructure;

namespace QaBot.Host.Cli;

/// <summary>The <c>qabot</c> executable: one verb per run (DESIGN §7).</summary>
public static class QaBotCli
{
    public const string Usage = """
        qabot <verb> [options] [--Section:Key=value ...]

          run                          the service: HTTP ingest, bot, jobs
          demo                         the whole pipeline on the embedded default with the bundled sample
          import <file> [--format jsonl|csv|chatwoot]
                                       upsert transcripts; bad records are reported and kept in <file>.rejected.*
          score <file>                 one JSON line per chat: checks, evidence, P(rude), sales intent
          kpi --from YYYY-MM-DD --to YYYY-MM-DD [--group G] [--operator ID] [--tz ZONE] [--format json|text]
                                       the KPIs of DESIGN §5 over the stored chats
          export --from YYYY-MM-DD [--to YYYY-MM-DD] [--group G] [--tz ZONE] [--out FILE]
                                       one CSV row per chat that kpi counts (ids, operators, times, outcome, CSAT, QA, checks)
          train --task politeness|sales-intent --data CSV|DIR --out ZIP [--split train] [--with-labels]
          evaluate --task politeness|sales-intent --data CSV|DIR [--model ZIP | --cv K] [--split test]
                                       prints {"n","accuracy","f1","auc"}
          evaluate --task checks --data CHATS.jsonl --labels LABELS.csv
                                       per check {"n","tp","fp","fn","precision","recall"}; wrong verdicts on stderr
          generate --out FILE [--days N] [--chats-per-day N] [--seed N] [--start YYYY-MM-DD]
                                       realistic synthetic transcripts (JSON Lines)
          help                         this text

        Configuration: config/appsettings.json, then environment (Telegram__BotToken), then --Section:Key=value.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        try
        {
            var cl = CommandLine.Parse(args);
            return cl.Verb switch
            {
                "help" or "-h" or "--help" => PrintUsage(),
                "run" => await ServiceHost.RunAsync(cl, cancel.Token),
                _ => await RunVerbAsync(cl, cancel.Token),
            };
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"qabot: {ex.Message}\n\n{Usage}");
            return 2;
        }
        catch (OptionsValidationException ex)
        {
            // One line per failure, each naming its key; a section validated twice still reports a value once.
            await Console.Error.WriteLineAsync(string.Join('\n', ex.Failures.Distinct(StringComparer.Ordinal).Select(f => $"qabot: invalid configuration: {f}")));
            return 2;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            // Missing or incompatible model files, missing inputs: the message names the file and the fix.
            await Console.Error.WriteLineAsync($"qabot: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("qabot: cancelled");
            return 130;
        }
    }

    private static async Task<int> RunVerbAsync(CommandLine cl, CancellationToken cancellationToken)
    {
        // The demo gives the bot a team chat and a linked operator to write to; the command line can override both.
        using var host = BuildVerbHost(cl.Verb == "demo" ? [.. DemoVerb.DemoConfig, .. cl.ConfigArgs] : cl.ConfigArgs);
        var services = host.Services;
        return cl.Verb switch
        {
            "import" => await ImportVerb.RunAsync(cl, services, cancellationToken),
            "demo" => await DemoVerb.RunAsync(cl, services, cancellationToken),
            "generate" => await GenerateVerb.RunAsync(cl, cancellationToken),
            "score" => await ScoreVerb.RunAsync(cl, services, cancellationToken),
            "kpi" => await KpiVerb.RunAsync(cl, services, cancellationToken),
            "export" => await ExportVerb.RunAsync(cl, services, cancellationToken),
            "train" => await ModelVerbs.TrainAsync(cl, services, cancellationToken),
            "evaluate" => await ModelVerbs.EvaluateAsync(cl, services, cancellationToken),
            _ => throw new UsageException($"unknown verb '{cl.Verb}'"),
        };
    }

    /// <summary>
    /// The services of a one-shot verb: configuration, options validated (failures name the key), every adapter; no
    /// web server and no background services.
    /// </summary>
    public static IHost BuildVerbHost(IReadOnlyList<string> configArgs)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new() { Args = [.. configArgs] });
        builder.Configuration.AddQaBotConfiguration(configArgs, builder.Environment.EnvironmentName);
        // Logs go to stderr: stdout carries what the verb prints (kpi's JSON, score's JSON Lines) for scripts to read.
        builder.Services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(LogLevel.Warning));
        builder.AddQaBotInfrastructure();
        var host = builder.Build();
        ValidateAllOptions(host.Services);
        return host;
    }

    /// <summary>
    /// The start-up validation, run before anything uses the services: verbs never start the host, and <c>run</c>
    /// migrates the database first (with a bad connection string or data folder that would end in a stack trace).
    /// </summary>
    internal static void ValidateAllOptions(IServiceProvider services)
    {
        if (services.GetService(typeof(IStartupValidator)) is IStartupValidator validator)
        {
            validator.Validate();
        }
    }

    private static int PrintUsage()
    {
        Console.WriteLine(Usage);
        return 0;
    }
}
