using System.Globalization;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// "fc|period|check[|group]" under the daily summary (period = the day) and /stats: the period's chats that failed the
/// check, lowest QA first, each with "💬 n".
/// </summary>
public sealed class FailingCheckCallback : ICallbackHandler
{
    private const int TopChecks = 3;

    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;

    public FailingCheckCallback(TeamReports reports, ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public string Prefix => SummaryRenderer.FailingCheckPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    /// <summary>The report's three most failed checks, most failures first (ties by name): the summary's line and these buttons.</summary>
    public static IReadOnlyList<KeyValuePair<string, CheckCounts>> MostFailed(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Totals.Checks.Where(c => c.Value.Fail > 0)
            .OrderByDescending(c => c.Value.Fail).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(TopChecks)];
    }

    /// <summary>"⚠️ check (n)" for <see cref="MostFailed"/>, for a period token and a group token.</summary>
    public static IReadOnlyList<InlineButton> Buttons(BotStrings s, KpiReport report, string periodToken, string groupToken) =>
        [.. MostFailed(report)
            .Where(c => CallbackData.Fits(SummaryRenderer.FailingCheckPrefix, periodToken, c.Key, groupToken))
            .Select(c => new InlineButton(s.Format(s.ButtonFailedCheck, s.CheckName(c.Key), c.Value.Fail.ToString(s.Culture)),
                groupToken.Length == 0
                    ? CallbackData.Build(SummaryRenderer.FailingCheckPrefix, periodToken, c.Key)
                    : CallbackData.Build(SummaryRenderer.FailingCheckPrefix, periodToken, c.Key, groupToken)))];

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts.Count < 3 || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period)
            || await _reports.GroupOfTokenAsync(context.Parts.Count > 3 ? context.Parts[3] : string.Empty, cancellationToken) is not (true, var group))
        {
            return s.StaleButton;
        }

        var check = context.Parts[2];
        var groupToken = ChatReferences.GroupToken(group);
        var (start, end) = period.Window(context.Now, context.Zone);
        var rows = await _reports.WorstWhereAsync(start, end, ChatListPages.MaxRows,
            (result, chat) => result.Checks.GetValueOrDefault(check) == "fail" && ChatReferences.MatchesGroupToken(chat?.Group, groupToken), cancellationToken);

        var label = PeriodLabels.WithGroup(PeriodLabels.Label(s, period, context.Today), group);
        var page = ChatListPages.PageOf(context, 4);
        var (html, buttons) = await ChatListPages.RenderAsync(s, s.Format(s.FailingCheckTitle, Html.Escape(s.CheckName(check)), Html.Escape(label)) + "\n",
            label, rows, page ?? 0, p => CallbackData.Build(SummaryRenderer.FailingCheckPrefix, context.Parts[1], check, groupToken, p.ToString(CultureInfo.InvariantCulture)),
            _refs, context.Now, cancellationToken);
        if (page is not null)
        {
            await context.EditAsync(html, buttons, cancellationToken);
            return null;
        }

        await context.ReplyAsync(html, buttons, cancellationToken);
        return null;
    }
}
