using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Button "op|period|group" under /stats: the operators of the same period, as a new message; "op|period|group|page"
/// (◀ ▶ under the leaderboard) turns its page in place.
/// </summary>
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
        var page = -1;
        if (context.Parts.Count < 2 || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period)
            || (context.Parts.Count > 3 && !int.TryParse(context.Parts[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page))
            || (period.IsLiveWindow && page < 0))
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
        var html = OperatorRenderer.Leaderboard(context.Strings, PeriodLabels.WithGroup(PeriodLabels.Label(context.Strings, period, context.Today), group), report.ByOperator, Math.Max(page, 0));
        var buttons = OperatorDrillDown.LeaderboardButtons(period, report.ByOperator, group, Math.Max(page, 0));
        if (page < 0)
        {
            await context.ReplyAsync(html, buttons, cancellationToken);
        }
        else
        {
            await context.EditAsync(html, buttons, cancellationToken);
        }

        return null;
    }
}
