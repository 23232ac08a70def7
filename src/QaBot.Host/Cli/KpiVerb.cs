using System.Diagnostics;
using System.Globalization;
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
    public const string UsageLine = "qabot kpi --from YYYY-MM-DD [--to YYYY-MM-DD] [--group G] [--operator ID] [--tz ZONE] [--format json|text]";

    public static async Task<int> RunAsync(CommandLine cl, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cl);
        ArgumentNullException.ThrowIfNull(services);
        cl.AllowOnly("from", "to", "group", "operator", "tz", "format");
        var format = (cl.Option("format") ?? "json").ToLowerInvariant();
        if (format is not ("json" or "text"))
        {
            throw new UsageException($"--format must be json or text, got '{format}'");
        }

        var settings = services.GetRequiredService<QaBotSettings>();
        var request = Request(cl, services, "kpi", UsageLine) with { OperatorId = NullIfEmpty(cl.Option("operator")) };

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

    /// <summary>--from, --to (default --from), --group and --tz as a request at the current time; usage errors name the option.</summary>
    public static KpiRequest Request(CommandLine cl, IServiceProvider services, string verb, string usageLine)
    {
        ArgumentNullException.ThrowIfNull(cl);
        ArgumentNullException.ThrowIfNull(services);
        var from = Day(cl, "from") ?? throw new UsageException($"{verb} needs --from: {usageLine}");
        var to = Day(cl, "to") ?? from;
        if (to < from)
        {
            throw new UsageException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        }

        var zone = cl.Option("tz") is { } tz ? Zone(tz) : services.GetRequiredService<QaBotSettings>().TimeZone;
        return new KpiRequest(from, to, zone, services.GetRequiredService<TimeProvider>().GetUtcNow()) { Group = NullIfEmpty(cl.Option("group")) };
    }

    private static DateOnly? Day(CommandLine cl, string name) =>
        cl.Option(name) is not { } value ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new UsageException($"--{name} must be YYYY-MM-DD, got '{value}'");

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"--tz: unknown time zone '{id}'; use an IANA id such as Europe/Moscow");
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
