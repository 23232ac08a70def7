using System.Text;
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
    public const string UsageLine = "qabot export --from YYYY-MM-DD [--to YYYY-MM-DD] [--group G] [--tz ZONE] [--out FILE]";

    public static async Task<int> RunAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        cl.AllowOnly("from", "to", "group", "tz", "out");
        var request = KpiVerb.Request(cl, services, "export", UsageLine);
        await services.MigrateKpiStorageAsync(cancellationToken);
        var exporter = services.GetRequiredService<ChatExporter>();
        if (cl.Option("out") is not { Length: > 0 } path)
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
