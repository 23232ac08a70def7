using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/staffing [period]: operators needed per hour, estimated from the last 30 days unless told otherwise.</summary>
public sealed class StaffingCommand : IBotCommand
{
    private readonly TeamReports _reports;

    public StaffingCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "staffing";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var request = await ReportArguments.ParseAsync(context, "30d", _reports.Store, cancellationToken);
        if (request.Error is { } error || request.Period.IsLiveWindow)
        {
            await context.ReplyAsync(request.Error ?? context.Strings.Format(context.Strings.DaysOnly, "/staffing"), cancellationToken: cancellationToken);
            return;
        }

        var (period, group) = (request.Period, request.Group);
        var report = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
        await context.ReplyAsync(StaffingRenderer.Render(context.Strings, PeriodLabels.WithGroup(PeriodLabels.Label(context.Strings, period, context.Today), group), report.Staffing), cancellationToken: cancellationToken);
    }
}
