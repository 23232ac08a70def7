using System.Globalization;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Buttons "ms|period|page|group": the missed-chat list, paged in place; page "new" (the drill-down from /stats) opens
/// it as a new message under the stats.
/// </summary>
public sealed class MissedPageCallback : ICallbackHandler
{
    private readonly TeamReports _reports;
    private readonly Storage.ChatRefStore _refs;

    public MissedPageCallback(TeamReports reports, Storage.ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public const string NewMessagePage = "new";

    public string Prefix => MissedListRenderer.CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        if (context.Parts.Count < 3
            || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period)
            || !TryPage(context.Parts[2], out var page))
        {
            return context.Strings.StaleButton;
        }

        var groupToken = context.Parts.Count > 3 ? context.Parts[3] : string.Empty;
        var missed = (await _reports.MissedAsync(period, null, context.Now, context.Zone, cancellationToken))
            .Where(t => ChatReferences.MatchesGroupToken(t.Chat.Group, groupToken))
            .ToList();
        var group = groupToken.Length == 0 ? null : missed.Select(t => t.Chat.Group).FirstOrDefault(g => g is not null) ?? groupToken;
        var (html, paging) = MissedListRenderer.Render(context.Strings, period, PeriodLabels.Label(context.Strings, period, context.Today), group, missed, page, context.Zone);
        var chats = await ChatViewCallback.ButtonsAsync(MissedListRenderer.PageChats(missed, page), _refs, context.Now, cancellationToken);
        IReadOnlyList<IReadOnlyList<Outbox.InlineButton>> buttons = [.. chats ?? [], .. paging ?? []];
        if (context.Parts[2] == NewMessagePage)
        {
            await context.ReplyAsync(html, buttons, cancellationToken);
        }
        else
        {
            await context.EditAsync(html, buttons, cancellationToken);
        }

        return null;
    }

    private static bool TryPage(string text, out int page)
    {
        page = 0;
        return text == NewMessagePage || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out page);
    }
}
