using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/missed [period] [group]: the missed chats, ten a page.</summary>
public sealed class MissedCommand : IBotCommand
{
    private readonly TeamReports _reports;

    public MissedCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "missed";

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

        var missed = await _reports.MissedAsync(period, group, context.Now, context.Zone, cancellationToken);
        var (html, buttons) = MissedListRenderer.Render(context.Strings, period, PeriodLabels.Label(context.Strings, period, context.Today), group, missed, 0, context.Zone);
        await context.ReplyAsync(html, buttons, cancellationToken);
    }
}
