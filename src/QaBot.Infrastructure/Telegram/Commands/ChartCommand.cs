using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Charts;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /chart volume|sl|heatmap|operators [period]: a PNG chart (default period: the last 7 days, 30 for the heatmap).
/// Daily charts ask <see cref="Core.Abstractions.IKpiService"/> day by day, which its rollups make cheap.
/// </summary>
public sealed class ChartCommand : IBotCommand
{
    /// <summary>Daily charts of longer periods would be unreadable and slow.</summary>
    public const int MaxDailyPoints = 92;

    private readonly TeamReports _reports;

    public ChartCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "chart";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var kind = context.Args.Count > 0 ? context.Args[0].ToLowerInvariant() : string.Empty;
        if (kind is not ("volume" or "sl" or "heatmap" or "operators") || context.Args.Count > 2)
        {
            await context.ReplyAsync(s.UsageChart, cancellationToken: cancellationToken);
            return;
        }

        var periodText = context.Args.Count > 1 ? context.Args[1] : kind == "heatmap" ? "30d" : "7d";
        if (PeriodParser.TryParse(periodText, context.Now, context.Zone, out var period) && period.IsLiveWindow)
        {
            await context.ReplyAsync(s.Format(s.DaysOnly, "/chart"), cancellationToken: cancellationToken);
            return;
        }

        if (!PeriodParser.TryParse(periodText, context.Now, context.Zone, out period)
            || (kind is "volume" or "sl" && period.Days > MaxDailyPoints))
        {
            await context.ReplyAsync(s.Format(s.BadPeriod, Html.Escape(periodText)), cancellationToken: cancellationToken);
            return;
        }

        var label = PeriodLabels.Label(s, period, context.Today);
        var (png, caption) = kind switch
        {
            "volume" => (ChartRenderer.Volume(await DailyAsync(context, period, cancellationToken), Labels(s, s.Format(s.ChartVolume, label))), s.Format(s.ChartVolume, label)),
            "sl" => (ChartRenderer.ServiceLevel(await DailyAsync(context, period, cancellationToken), _reports.Settings.ServiceLevelTarget, Labels(s, s.Format(s.ChartServiceLevel, label))), s.Format(s.ChartServiceLevel, label)),
            "heatmap" => (ChartRenderer.Heatmap(await HeatmapAsync(context, period, cancellationToken), Labels(s, s.Format(s.ChartHeatmap, label))), s.Format(s.ChartHeatmap, label)),
            _ => (ChartRenderer.Leaderboard(await LeaderboardAsync(context, period, cancellationToken), Labels(s, s.Format(s.ChartOperators, label))), s.Format(s.ChartOperators, label)),
        };
        await context.ReplyPhotoAsync(png, Html.Escape(caption), cancellationToken);
    }

    private async Task<IReadOnlyList<DailyPoint>> DailyAsync(CommandContext context, ReportPeriod period, CancellationToken cancellationToken)
    {
        var points = new List<DailyPoint>();
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            var t = (await _reports.KpisAsync(day, day, null, null, context.Now, context.Zone, cancellationToken)).Totals;
            points.Add(new DailyPoint(day, t.Answered, t.Missed, t.Chats - t.Answered - t.Missed, t.ServiceLevel));
        }

        return points;
    }

    private async Task<IReadOnlyList<IReadOnlyList<int>>> HeatmapAsync(CommandContext context, ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await _reports.KpisAsync(period, null, null, context.Now, context.Zone, cancellationToken);
        return PeakHours.WeekdayNames.Select(d => report.PeakHours.ByWeekday.TryGetValue(d, out var hours) ? hours : new int[24]).ToList();
    }

    private async Task<IReadOnlyList<(string Name, string Id, int Chats)>> LeaderboardAsync(CommandContext context, ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await _reports.KpisAsync(period, null, null, context.Now, context.Zone, cancellationToken);
        return report.ByOperator.Select(o => (o.Name ?? o.OperatorId, o.OperatorId, o.Chats)).ToList();
    }

    private static ChartLabels Labels(BotStrings s, string title) => new()
    {
        Title = title,
        Answered = s.Answered,
        Missed = s.Missed,
        Other = s.ChartOther,
        ServiceLevel = s.ServiceLevelShort,
        Target = s.Target,
        Chats = s.Chats,
        ChatsPerHour = s.ChatsPerHour,
        Weekdays = s.WeekdaysShort,
    };
}
