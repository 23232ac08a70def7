using System.CommandLine;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure;

namespace QaBot.Host.Cli;

/// <summary>
/// The <c>qabot</c> executable: one verb per run (DESIGN §7), parsed by System.CommandLine, so every verb has typed
/// options and its own <c>--help</c>. Every user error, from the parser or from a verb, is one line on stderr that
/// names the argument, and exit code 2; never a stack trace.
/// </summary>
public static class QaBotCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var verb = args.FirstOrDefault(a => !a.StartsWith('-')) ?? string.Empty;
        try
        {
            var (verbArgs, overrides) = ConfigArguments.Split(args);
            var root = Root(overrides);
            var parse = root.Parse(verbArgs);
            if (parse.Errors.Count > 0)
            {
                var command = parse.CommandResult.Command == root ? "qabot" : $"qabot {parse.CommandResult.Command.Name}";
                await Console.Error.WriteLineAsync($"{command}: {parse.Errors[0].Message} (see '{command} --help')");
                return 2;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancel.Token);
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"{Prefix(verb)}: {ex.Message}");
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
            // Missing or incompatible model files, missing inputs, data a verb cannot use: the message names the file and the fix.
            await Console.Error.WriteLineAsync($"{Prefix(verb)}: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("qabot: cancelled");
            return 130;
        }
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

    private static RootCommand Root(IReadOnlyList<string> overrides)
    {
        var root = new RootCommand(
            "QaBot: quality assurance and alerting for live-chat support teams. Every verb also takes configuration as " +
            "--Section:Key=value (after config/appsettings.json and the environment, e.g. Telegram__BotToken).");
        var verbs = new VerbContext(overrides);
        Command[] commands =
        [
            ServiceHost.Command(verbs),
            DemoVerb.Command(verbs),
            ImportVerb.Command(verbs),
            ScoreVerb.Command(verbs),
            KpiVerb.Command(verbs),
            ExportVerb.Command(verbs),
            ModelVerbs.TrainCommand(verbs),
            ModelVerbs.EvaluateCommand(verbs),
            GenerateVerb.Command(),
        ];
        foreach (var command in commands)
        {
            foreach (var option in ConfigArguments.Common)
            {
                command.Add(option);
            }

            root.Add(command);
        }

        var topic = new Argument<string?>("verb") { Description = "the verb to explain", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "prints the verbs, or one verb's options") { topic };
        help.SetAction(parse => root.Parse(parse.GetValue(topic) is { } name ? [name, "--help"] : ["--help"]).Invoke());
        root.Add(help);
        root.SetAction(parse => root.Parse(["--help"]).Invoke());
        return root;
    }

    private static string Prefix(string verb) => verb.Length == 0 || verb.Contains(':', StringComparison.Ordinal) ? "qabot" : $"qabot {verb}";
}
