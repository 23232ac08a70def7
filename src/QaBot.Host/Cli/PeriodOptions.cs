using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Kpis;

namespace QaBot.Host.Cli;

/// <summary>The period options of <c>kpi</c> and <c>export</c>: <c>--from</c>, <c>--to</c> (default <c>--from</c>), <c>--group</c>, <c>--tz</c>.</summary>
internal static class PeriodOptions
{
    private static readonly Option<DateOnly?> From = CliOptions.Day("--from", "the first day of the period", required: true);

    private static readonly Option<DateOnly?> To = CliOptions.Day("--to", "the last day of the period, inclusive (default: the --from day)");

    private static readonly Option<string?> Group = CliOptions.Text("--group", "only this group's chats", "G");

    private static readonly Option<TimeZoneInfo?> Zone = CliOptions.Zone();

    public static void AddTo(Command command)
    {
        command.Add(From);
        command.Add(To);
        command.Add(Group);
        command.Add(Zone);
    }

    /// <summary>The period as a request at the current time, in <c>--tz</c> or <c>Business:TimeZone</c>.</summary>
    public static KpiRequest Request(ParseResult parse, IServiceProvider services)
    {
        var from = parse.GetValue(From) ?? throw new UsageException("--from is required");
        var to = parse.GetValue(To) ?? from;
        if (to < from)
        {
            throw new UsageException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        }

        var zone = parse.GetValue(Zone) ?? services.GetRequiredService<QaBotSettings>().TimeZone;
        return new KpiRequest(from, to, zone, services.GetRequiredService<TimeProvider>().GetUtcNow()) { Group = NullIfEmpty(parse.GetValue(Group)) };
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
