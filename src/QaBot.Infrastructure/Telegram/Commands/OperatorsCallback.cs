using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>Button "op|period" under /stats: the operators of the same period, as a new message.</summary>
public sealed class OperatorsCallback : ICallbackHandler
{
    private readonly TeamReports _reports;

    public OperatorsCallback(TeamReports reports)
    {
        _reports = reports;
    }

    public string Prefix => StatsCommand.OperatorsCallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        if (context.Parts.Count < 2 || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period) || period.IsLiveWindow)
        {
            return context.Strings.StaleButton;
        }

        // The group of the /stats the button sits under ("op|7d|sales"); none for the whole team.
        var (found, group) = await _reports.GroupOfTokenAsync(context.Parts.Count > 2 ? context.Parts[2] : string.Empty, cancellationToken);
        if (!found)
        {
            return context.Strings.StaleButton;
        }

        var report = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
        await context.ReplyAsync(OperatorRenderer.Leaderboard(context.Strings, PeriodLabels.WithGroup(PeriodLabels.Label(context.Strings, period, context.Today), group), report.ByOperator),
            OperatorDrillDown.LeaderboardButtons(period, report.ByOperator), cancellationToken);
        return null;
    }
}
