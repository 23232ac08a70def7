using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/worst [period] [group]: the chats that lost the most QA points, ten a page, with their operators and the message that cost most.</summary>
public sealed class WorstCommand : IBotCommand
{
    private readonly TeamReports _reports;
    private readonly WorstPageCallback _pages;

    public WorstCommand(TeamReports reports, WorstPageCallback pages)
    {
        _reports = reports;
        _pages = pages;
    }

    public string Name => "worst";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var request = await ReportArguments.ParseAsync(context, "today", _reports.Store, cancellationToken);
        if (request.Error is { } error)
        {
            await context.ReplyAsync(error, cancellationToken: cancellationToken);
            return;
        }

        var (html, buttons) = await _pages.PageAsync(context.Strings, request.Period, request.Group, 0, context.Now, context.Zone, context.Today, cancellationToken);
        await context.ReplyAsync(html, buttons, cancellationToken);
    }
}
