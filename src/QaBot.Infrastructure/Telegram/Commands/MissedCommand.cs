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
        if (!PeriodArguments.TryLeading(context, "today", out var period, out var group))
        {
            await context.ReplyAsync(PeriodArguments.BadPeriod(context), cancellationToken: cancellationToken);
            return;
        }

        var missed = await _reports.MissedAsync(period, group, context.Now, context.Zone, cancellationToken);
        var (html, buttons) = MissedListRenderer.Render(context.Strings, period, PeriodLabels.Label(context.Strings, period, context.Today), group, missed, 0, context.Zone);
        await context.ReplyAsync(html, buttons, cancellationToken);
    }
}
