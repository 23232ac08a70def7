using System.Diagnostics;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Kpis;

namespace QaBot.Host.Cli;

/// <summary>
/// <c>qabot kpi --from YYYY-MM-DD [--to YYYY-MM-DD] [--group G] [--operator ID] [--tz ZONE] [--format json|text]</c>:
/// the DESIGN §5 report of the stored chats. Before computing it brings the stored days of the period up to date
/// (<see cref="KpiRollupService"/>), so the first report after an import pays for them once and later ones read them.
/// </summary>
internal static class KpiVerb
{
    private static readonly Option<string?> Operator = CliOptions.Text("--operator", "only this operator's chats (their id in the transcripts)", "ID");

    private static readonly Option<string?> Format = CliOptions.Choice("--format", "json (default) or a text table", "json", "text");

    public static Command Command(VerbContext verbs)
    {
        var command = new Command("kpi", "the KPIs of DESIGN §5 over the stored chats of a period, against the period before");
        PeriodOptions.AddTo(command);
        command.Add(Operator);
        command.Add(Format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = verbs.Host(parse);
            return await RunAsync(PeriodOptions.Request(parse, host.Services) with { OperatorId = PeriodOptions.NullIfEmpty(parse.GetValue(Operator)) }, parse.GetValue(Format) ?? "json", host.Services, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(KpiRequest request, string format, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<QaBotSettings>();
        await services.MigrateKpiStorageAsync(cancellationToken);
        if (settings.UseRollups)
        {
            var clock = Stopwatch.StartNew();
            var days = await services.GetRequiredService<KpiRollupService>().RefreshAsync(request.PreviousPeriod().From, request.To, cancellationToken);
            if (days > 0)
            {
                await Console.Error.WriteLineAsync($"qabot kpi: brought {days} stored days up to date in {clock.Elapsed.TotalSeconds:F1} s");
            }
        }

        var report = await services.GetRequiredService<IKpiService>().ComputeAsync(request, cancellationToken);
        Console.Out.Write(format == "json" ? KpiJson.Serialize(report) + "\n" : KpiTextReport.Render(report));
        return 0;
    }
}
