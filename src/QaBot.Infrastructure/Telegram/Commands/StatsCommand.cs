using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>/stats [period] [group]: the team's KPIs, with drill-down buttons to the missed chats and the operators.</summary>
public sealed class StatsCommand : IBotCommand
{
    public const string OperatorsCallbackPrefix = "op";

    private readonly TeamReports _reports;

    public StatsCommand(TeamReports reports)
    {
        _reports = reports;
    }

    public string Name => "stats";

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

        var s = context.Strings;
        var label = PeriodLabels.Label(s, period, context.Today);
        int missed;
        string html;
        if (period.IsLiveWindow)
        {
            var live = await _reports.LiveAsync(period, group, context.Now, context.Zone, cancellationToken);
            html = StatsRenderer.RenderLive(s, label, group, live, _reports.Definitions.AnswerWithinFor(Core.Transcripts.Channels.Chat).TotalSeconds);
            missed = live.Missed;
        }
        else
        {
            var report = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
            html = StatsRenderer.Render(s, label, group, report);
            missed = report.Totals.Missed;
        }

        var buttons = new List<InlineButton>();
        if (missed > 0)
        {
            buttons.Add(new InlineButton(s.Format(s.ButtonMissed, missed),
                CallbackData.Build(MissedListRenderer.CallbackPrefix, period.Token, MissedPageCallback.NewMessagePage, ChatReferences.GroupToken(group))));
        }

        if (!period.IsLiveWindow)
        {
            buttons.Add(new InlineButton(s.ButtonOperators, CallbackData.Build(OperatorsCallbackPrefix, period.Token, ChatReferences.GroupToken(group))));
        }

        await context.ReplyAsync(html, buttons.Count > 0 ? [buttons] : null, cancellationToken);
    }
}
