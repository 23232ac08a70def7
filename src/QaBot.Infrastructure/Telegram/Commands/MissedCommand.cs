using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/missed [period] [group]: the missed chats, ten a page, each opened with its "💬 n" button.</summary>
public sealed class MissedCommand : IBotCommand
{
    private readonly TeamReports _reports;
    private readonly Storage.ChatRefStore _refs;

    public MissedCommand(TeamReports reports, Storage.ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
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
        var chats = await ChatViewCallback.ButtonsAsync(MissedListRenderer.PageChats(missed, 0), _refs, context.Now, cancellationToken);
        await context.ReplyAsync(html, [.. chats ?? [], .. buttons ?? []], cancellationToken);
    }
}
