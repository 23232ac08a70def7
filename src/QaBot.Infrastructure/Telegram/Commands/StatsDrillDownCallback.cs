using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Buttons under /stats (issue 11, drill-down): "sd|w|period|group" lists the chats of the period waiting now, each with
/// "💬 n"; "sd|c|period|group" shows each channel on its own. A new message under the stats.
/// </summary>
public sealed class StatsDrillDownCallback : ICallbackHandler
{
    public const string CallbackPrefix = "sd";
    public const string Waiting = "w";
    public const string Channels = "c";

    private const int MaxWaitingListed = 20;

    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;

    public StatsDrillDownCallback(TeamReports reports, ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts is not [_, (Waiting or Channels) and var kind, var periodToken, ..]
            || !PeriodParser.TryParse(periodToken, context.Now, context.Zone, out var period)
            || await _reports.GroupOfTokenAsync(context.Parts.Count > 3 ? context.Parts[3] : string.Empty, cancellationToken) is not (true, var group))
        {
            return s.StaleButton;
        }

        var label = PeriodLabels.WithGroup(PeriodLabels.Label(s, period, context.Today), group);
        if (kind == Channels)
        {
            var report = await _reports.KpisAsync(period, group, null, context.Now, context.Zone, cancellationToken);
            await context.ReplyAsync(StatsRenderer.RenderChannels(s, label, report), cancellationToken: cancellationToken);
            return null;
        }

        var waiting = (await _reports.WaitingAsync(period, group, context.Now, context.Zone, cancellationToken)).Take(MaxWaitingListed).ToList();
        var buttons = await ChatViewCallback.ButtonsAsync([.. waiting.Select(t => t.Chat.Key)], _refs, context.Now, cancellationToken);
        await context.ReplyAsync(StatsRenderer.RenderWaiting(s, label, waiting, context.Now), buttons, cancellationToken);
        return null;
    }
}
