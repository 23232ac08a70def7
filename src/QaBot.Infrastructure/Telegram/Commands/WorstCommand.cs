using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/worst [period] [group]: the ten chats that lost the most QA points, with their operators and the message that cost most.</summary>
public sealed class WorstCommand : IBotCommand
{
    private const int Limit = 10;

    private readonly TeamReports _reports;
    private readonly Storage.ChatRefStore _refs;

    public WorstCommand(TeamReports reports, Storage.ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
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

        var (start, end) = request.Period.Window(context.Now, context.Zone);
        var worst = await _reports.Results.WorstAsync(start, end, Limit, request.Group, cancellationToken);
        var rows = new List<WorstChat>(worst.Count);
        foreach (var result in worst)
        {
            rows.Add(WorstChat.From(result, await _reports.Store.GetAsync(result.Key, cancellationToken)));
        }

        var label = PeriodLabels.WithGroup(PeriodLabels.Label(context.Strings, request.Period, context.Today), request.Group);
        var buttons = await ChatViewCallback.ButtonsAsync([.. rows.Select(r => r.Result.Key)], _refs, context.Now, cancellationToken);
        await context.ReplyAsync(WorstRenderer.Render(context.Strings, label, rows), buttons, cancellationToken);
    }
}
