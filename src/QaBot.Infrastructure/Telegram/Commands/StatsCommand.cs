using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /stats [period] [group]: the team's KPIs, with drill-down buttons to the missed and the waiting chats, the operators,
/// each channel, and the chats behind the three most failed checks.
/// </summary>
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
        int missed, waiting;
        string html;
        Core.Kpis.Reports.KpiReport? kpis = null;
        if (period.IsLiveWindow)
        {
            var live = await _reports.LiveAsync(period, group, context.Now, context.Zone, cancellationToken);
            html = StatsRenderer.RenderLive(s, label, group, live, _reports.Definitions.AnswerWithinFor(Core.Transcripts.Channels.Chat).TotalSeconds);
            (missed, waiting) = (live.Missed, live.Waiting);
        }
        else
        {
            kpis = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
            html = StatsRenderer.Render(s, label, group, kpis);
            (missed, waiting) = (kpis.Totals.Missed, kpis.Totals.Waiting);
        }

        var groupToken = ChatReferences.GroupToken(group);
        var buttons = new List<InlineButton>();
        if (waiting > 0)
        {
            buttons.Add(new InlineButton(s.Format(s.ButtonWaiting, waiting), CallbackData.Build(StatsDrillDownCallback.CallbackPrefix, StatsDrillDownCallback.Waiting, period.Token, groupToken)));
        }

        if (missed > 0)
        {
            buttons.Add(new InlineButton(s.Format(s.ButtonMissed, missed),
                CallbackData.Build(MissedListRenderer.CallbackPrefix, period.Token, MissedPageCallback.NewMessagePage, ChatReferences.GroupToken(group))));
        }

        if (!period.IsLiveWindow)
        {
            buttons.Add(new InlineButton(s.ButtonOperators, CallbackData.Build(OperatorsCallbackPrefix, period.Token, groupToken)));
        }

        var rows = new List<IReadOnlyList<InlineButton>>();
        if (buttons.Count > 0)
        {
            rows.Add(buttons);
        }

        if (kpis is not null && StatsRenderer.HasSeveralChannels(kpis))
        {
            rows.Add([new InlineButton(s.ButtonChannels, CallbackData.Build(StatsDrillDownCallback.CallbackPrefix, StatsDrillDownCallback.Channels, period.Token, groupToken))]);
        }

        if (kpis is not null && FailingCheckCallback.Buttons(s, kpis, period.Token, groupToken) is { Count: > 0 } failing)
        {
            rows.Add(failing);
        }

        await context.ReplyAsync(html, rows.Count > 0 ? rows : null, cancellationToken);
    }
}
