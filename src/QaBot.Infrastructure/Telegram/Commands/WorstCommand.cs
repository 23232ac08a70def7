using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/worst [period]: the ten chats with the lowest QA score.</summary>
public sealed class WorstCommand : IBotCommand
{
    private const int Limit = 10;

    private readonly TeamReports _reports;

    public WorstCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "worst";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!PeriodArguments.TryLeading(context, "today", out var period, out _))
        {
            await context.ReplyAsync(PeriodArguments.BadPeriod(context), cancellationToken: cancellationToken);
            return;
        }

        var (start, end) = period.Window(context.Now, context.Zone);
        var worst = await _reports.Results.WorstAsync(start, end, Limit, cancellationToken);
        await context.ReplyAsync(WorstRenderer.Render(context.Strings, PeriodLabels.Label(context.Strings, period, context.Today), worst), cancellationToken: cancellationToken);
    }
}
