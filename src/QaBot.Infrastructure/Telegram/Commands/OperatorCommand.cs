using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /operator &lt;id|name&gt; [period]: one operator's numbers. Staff may ask about anyone; an operator only about
/// themselves, and is refused the same way whether or not the other operator exists.
/// </summary>
public sealed class OperatorCommand : IBotCommand
{
    private readonly TeamReports _reports;

    public OperatorCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "operator";

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        PeriodArguments.TryTrailing(context, "today", out var period, out var query);
        if (query is null)
        {
            await context.ReplyAsync(s.UsageOperator, cancellationToken: cancellationToken);
            return;
        }

        var ownOnly = !context.User.IsStaff;
        var report = await _reports.KpisAsync(period, null, ownOnly ? context.User.OperatorId : null, context.Now, context.Zone, cancellationToken);
        var matches = Find(report.ByOperator, query);
        if (ownOnly && (matches.Count != 1 || matches[0].OperatorId != context.User.OperatorId))
        {
            await context.ReplyAsync(s.OperatorsOnlyThemselves, cancellationToken: cancellationToken);
            return;
        }

        if (matches.Count == 0)
        {
            await context.ReplyAsync(s.Format(s.OperatorNotFound, Html.Escape(query)), cancellationToken: cancellationToken);
            return;
        }

        if (matches.Count > 1)
        {
            var names = string.Join(", ", matches.Select(m => $"{Html.Escape(m.Name ?? m.OperatorId)} ({Html.Code(m.OperatorId)})"));
            await context.ReplyAsync(s.Format(s.OperatorAmbiguous, names), cancellationToken: cancellationToken);
            return;
        }

        var op = matches[0];
        var title = s.Format(s.OperatorTitle, Html.Escape(op.Name ?? op.OperatorId), Html.Escape(PeriodLabels.Label(s, period, context.Today)));
        await context.ReplyAsync(OperatorRenderer.Detail(s, title, op), OperatorDrillDown.DetailButtons(s, period, op), cancellationToken);
    }

    /// <summary>An exact id wins; otherwise names containing the query, case-insensitively.</summary>
    private static List<OperatorKpis> Find(IReadOnlyList<OperatorKpis> operators, string query)
    {
        var exact = operators.Where(o => string.Equals(o.OperatorId, query, StringComparison.OrdinalIgnoreCase)
            || string.Equals(o.Name, query, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0
            ? exact
            : operators.Where(o => o.Name?.Contains(query, StringComparison.OrdinalIgnoreCase) == true).ToList();
    }
}
