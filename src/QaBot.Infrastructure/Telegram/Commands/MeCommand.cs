using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/me [period]: the asking operator's own numbers, and nobody else's; always in a private chat.</summary>
public sealed class MeCommand : IBotCommand
{
    private readonly TeamReports _reports;

    public MeCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "me";

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.User.OperatorId is not { } operatorId)
        {
            // A supervisor or admin is not told to ask a supervisor: they see the team, or link themselves too.
            await context.ReplyAsync(context.User.IsStaff ? s.MeForStaff : s.NotLinked, cancellationToken: cancellationToken);
            return;
        }

        if (!PeriodArguments.TryLeading(context, "today", out var period, out _))
        {
            await context.ReplyAsync(PeriodArguments.BadPeriod(context), cancellationToken: cancellationToken);
            return;
        }

        var report = await _reports.KpisAsync(period, null, operatorId, context.Now, context.Zone, cancellationToken);
        var own = report.ByOperator.FirstOrDefault(o => o.OperatorId == operatorId);
        var title = s.Format(s.MeTitle, Html.Escape(PeriodLabels.Label(s, period, context.Today)));
        await context.ReplyPrivatelyAsync(OperatorRenderer.Detail(s, title, own), cancellationToken: cancellationToken);
    }
}
