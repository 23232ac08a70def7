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
        if (!PeriodArguments.TryLeading(context, "today", out var period, out _))
        {
            await context.ReplyAsync(PeriodArguments.BadPeriod(context), cancellationToken: cancellationToken);
            return;
        }

        var report = await _reports.KpisAsync(period, null, null, context.Now, context.Zone, cancellationToken);
        await context.ReplyAsync(OperatorRenderer.Leaderboard(context.Strings, PeriodLabels.Label(context.Strings, period, context.Today), report.ByOperator), cancellationToken: cancellationToken);
    }
}
