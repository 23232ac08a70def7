using System.CommandLine;
using System.Text;
using QaBot.Core.Kpis;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Kpis.Export;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot export --from YYYY-MM-DD [--to YYYY-MM-DD] [--group G] [--tz ZONE] [--out FILE]</c>: one CSV row per chat
/// that <c>qabot kpi</c> counts for the same period (<see cref="ChatExporter"/>), to a file or to stdout. The file is
/// written beside its final name and renamed when complete, so a failed export never leaves half a file.
/// </summary>
internal static class ExportVerb
{
    public static Command Command(VerbContext verbs)
    {
        var output = CliOptions.Text("--out", "the CSV file to write (default: standard output)", "FILE");
        var command = new Command("export", "one CSV row per chat that kpi counts: ids, operators, times, outcome, CSAT, QA score, checks") { output };
        PeriodOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = verbs.Host(parse);
            return await RunAsync(PeriodOptions.Request(parse, host.Services), parse.GetValue(output), host.Services, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(KpiRequest request, string? path, IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateKpiStorageAsync(cancellationToken);
        var exporter = services.GetRequiredService<ChatExporter>();
        if (path is not { Length: > 0 })
        {
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            var written = await exporter.WriteAsync(stdout, request, cancellationToken);
            await Console.Error.WriteLineAsync($"qabot export: {written} chats");
            return 0;
        }

        var full = Path.GetFullPath(path);
        var partial = full + ".partial";
        int rows;
        await using (var file = new StreamWriter(partial, append: false, new UTF8Encoding(false)))
        {
            rows = await exporter.WriteAsync(file, request, cancellationToken);
        }

        File.Move(partial, full, overwrite: true);
        await Console.Error.WriteLineAsync($"qabot export: {rows} chats written to {full}");
        return 0;
    }
}
