using System.Globalization;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /worst's pages: ten chats that lost points per page, lowest QA first, each with "💬 n", and ◀ ▶ buttons
/// "wp|period|page|group" that turn the page in place.
/// </summary>
public sealed class WorstPageCallback : ICallbackHandler
{
    public const string CallbackPrefix = "wp";

    private const int PageSize = 10;
    private const int MaxPages = 20;

    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;

    public WorstPageCallback(TeamReports reports, ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public string Prefix => CallbackPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    /// <summary>One page of the list and its buttons (the chats, then ◀ ▶ when there is more than one page).</summary>
    public async Task<(string Html, IReadOnlyList<IReadOnlyList<InlineButton>>? Buttons)> PageAsync(
        BotStrings s, ReportPeriod period, string? group, int page, DateTimeOffset now, TimeZoneInfo zone, DateOnly today, CancellationToken cancellationToken)
    {
        page = Math.Clamp(page, 0, MaxPages - 1);
        var (start, end) = period.Window(now, zone);
        // The results alone (no transcripts) of every page, to count the pages; transcripts only for this one.
        var worst = await _reports.Results.WorstAsync(start, end, MaxPages * PageSize, group, cancellationToken);
        var pages = Math.Max(1, (worst.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pages - 1);
        var rows = new List<WorstChat>(PageSize);
        foreach (var result in worst.Skip(page * PageSize).Take(PageSize))
        {
            rows.Add(WorstChat.From(result, await _reports.Store.GetAsync(result.Key, cancellationToken)));
        }

        var label = PeriodLabels.WithGroup(PeriodLabels.Label(s, period, today), group);
        var html = WorstRenderer.Render(s, label, rows);
        var buttons = new List<IReadOnlyList<InlineButton>>(await ChatViewCallback.ButtonsAsync([.. rows.Select(r => r.Result.Key)], _refs, now, cancellationToken) ?? []);
        if (pages > 1)
        {
            html += "\n" + Html.Italic(s.Format(s.Page, page + 1, pages));
            var groupToken = ChatReferences.GroupToken(group);
            buttons.Add(ChatListPages.PagingRow(page, pages, p => CallbackData.Build(CallbackPrefix, period.Token, p.ToString(CultureInfo.InvariantCulture), groupToken)));
        }

        return (html, buttons.Count == 0 ? null : buttons);
    }

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts.Count < 3
            || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period)
            || !int.TryParse(context.Parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || await _reports.GroupOfTokenAsync(context.Parts.Count > 3 ? context.Parts[3] : string.Empty, cancellationToken) is not (true, var group))
        {
            return s.StaleButton;
        }

        var (html, buttons) = await PageAsync(s, period, group, page, context.Now, context.Zone, context.Today, cancellationToken);
        await context.EditAsync(html, buttons, cancellationToken);
        return null;
    }
}
