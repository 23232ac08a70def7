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
        if (!PeriodArguments.TryLeading(context, "30d", out var period, out _) || period.IsLiveWindow)
        {
            await context.ReplyAsync(PeriodArguments.BadPeriod(context), cancellationToken: cancellationToken);
            return;
        }

        var report = await _reports.KpisAsync(period, null, null, context.Now, context.Zone, cancellationToken);
        await context.ReplyAsync(StaffingRenderer.Render(context.Strings, PeriodLabels.Label(context.Strings, period, context.Today), report.Staffing), cancellationToken: cancellationToken);
    }
}
