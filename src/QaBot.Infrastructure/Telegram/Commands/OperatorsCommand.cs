using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/operators [period]: the leaderboard, most chats first.</summary>
public sealed class OperatorsCommand : IBotCommand
{
    private readonly TeamReports _reports;

    public OperatorsCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "operators";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var request = await ReportArguments.ParseAsync(context, "today", _reports.Store, cancellationToken);
        if (request.Error is { } error)
        {
            await context.ReplyAsync(error, cancellationToken: cancellationToken);
            return;
        }

        var (period, group) = (request.Period, request.Group);

        var report = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
        await context.ReplyAsync(OperatorRenderer.Leaderboard(context.Strings, PeriodLabels.WithGroup(PeriodLabels.Label(context.Strings, period, context.Today), group), report.ByOperator),
            OperatorDrillDown.LeaderboardButtons(period, report.ByOperator, group), cancellationToken);
    }
}
