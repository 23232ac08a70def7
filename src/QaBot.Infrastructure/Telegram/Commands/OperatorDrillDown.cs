using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Outbox;
using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// Drill-down from the leaderboard: "👤 n" opens operator n of the period ("od|period|operator id"), and under an
/// operator "📉 Chats that lost points" lists theirs ("ow|period|operator id"), each opened with "💬 n".
/// </summary>
public static class OperatorDrillDown
{
    public const string DetailPrefix = "od";
    public const string FailingPrefix = "ow";

    /// <summary>Buttons per row.</summary>
    private const int PerRow = 5;

    /// <summary>The leaderboard's "👤 n" buttons, numbered as its lines; an id too long for 64 bytes gets none.</summary>
    /// <remarks>Several pages add ◀ ▶ ("op|period|group|page", turned in place by <see cref="OperatorsCallback"/>).</remarks>
    public static IReadOnlyList<IReadOnlyList<InlineButton>>? LeaderboardButtons(ReportPeriod period, IReadOnlyList<OperatorKpis> operators, string? group = null, int page = 0)
    {
        var pages = OperatorRenderer.Pages(operators);
        page = Math.Clamp(page, 0, pages - 1);
        var first = page * OperatorRenderer.PageSize;
        var buttons = period.IsLiveWindow ? [] : OperatorRenderer.Ranked(operators).Skip(first).Take(OperatorRenderer.PageSize)
            .Select((op, i) => (op, i))
            .Where(x => CallbackData.Fits(DetailPrefix, period.Token, x.op.OperatorId))
            .Select(x => new InlineButton($"👤 {first + x.i + 1}", CallbackData.Build(DetailPrefix, period.Token, x.op.OperatorId)))
            .ToList();
        var rows = buttons.Chunk(PerRow).Select(row => (IReadOnlyList<InlineButton>)row).ToList();
        if (pages > 1)
        {
            var groupToken = ChatReferences.GroupToken(group);
            rows.Add(ChatListPages.PagingRow(page, pages,
                p => CallbackData.Build(StatsCommand.OperatorsCallbackPrefix, period.Token, groupToken, p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows.Count == 0 ? null : rows;
    }

    /// <summary>The period and operator a "od|…"/"ow|…" button names, or why it is refused (stale, or not the operator's own).</summary>
    public static (ReportPeriod Period, string OperatorId, string? Refusal) Target(CallbackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Parts.Count < 3 || !PeriodParser.TryParse(context.Parts[1], context.Now, context.Zone, out var period))
        {
            return (default!, string.Empty, context.Strings.StaleButton);
        }

        var operatorId = context.Parts[2];
        return !context.User.IsStaff && context.User.OperatorId != operatorId
            ? (period, operatorId, Html.ToPlainText(context.Strings.OperatorsOnlyThemselves))
            : (period, operatorId, null);
    }

    public static IReadOnlyList<IReadOnlyList<InlineButton>>? DetailButtons(BotStrings s, ReportPeriod period, OperatorKpis? op) =>
        op is null || period.IsLiveWindow || !op.Checks.Any(c => c.Value.Fail > 0) || !CallbackData.Fits(FailingPrefix, period.Token, op.OperatorId)
            ? null
            : [[new InlineButton(s.ButtonFailingChats, CallbackData.Build(FailingPrefix, period.Token, op.OperatorId))]];
}

/// <summary>"od|period|operator id": one operator's figures, as /operator shows them (staff; an operator only themselves).</summary>
public sealed class OperatorDetailCallback : ICallbackHandler
{
    private readonly TeamReports _reports;

    public OperatorDetailCallback(TeamReports reports)
    {
        _reports = reports;
    }

    public string Prefix => OperatorDrillDown.DetailPrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var (period, operatorId, refusal) = OperatorDrillDown.Target(context);
        if (refusal is not null)
        {
            return refusal;
        }

        var report = await _reports.KpisAsync(period, null, operatorId, context.Now, context.Zone, cancellationToken);
        var op = report.ByOperator.FirstOrDefault(o => o.OperatorId == operatorId);
        var title = s.Format(s.OperatorTitle, Html.Escape(op?.Name ?? operatorId), Html.Escape(PeriodLabels.Label(s, period, context.Today)));
        await context.ReplyAsync(OperatorRenderer.Detail(s, title, op), OperatorDrillDown.DetailButtons(s, period, op), cancellationToken);
        return null;
    }
}

/// <summary>
/// "ow|period|operator id[|page]": the operator's chats of the period that lost points, lowest first, ten a page, each
/// with "💬 n".
/// </summary>
public sealed class OperatorFailingChatsCallback : ICallbackHandler
{
    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;

    public OperatorFailingChatsCallback(TeamReports reports, ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public string Prefix => OperatorDrillDown.FailingPrefix;

    public CommandAudience Audience => CommandAudience.Operators;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var (period, operatorId, refusal) = OperatorDrillDown.Target(context);
        if (refusal is not null)
        {
            return refusal;
        }

        var (start, end) = period.Window(context.Now, context.Zone);
        var rows = await _reports.WorstWhereAsync(start, end, ChatListPages.MaxRows, (_, chat) => ChatCommand.WroteIn(chat, operatorId), cancellationToken);

        var label = $"{PeriodLabels.Label(s, period, context.Today)} · {operatorId}";
        var page = ChatListPages.PageOf(context, 3);
        var (html, buttons) = await ChatListPages.RenderAsync(s, string.Empty, label, rows, page ?? 0,
            p => CallbackData.Build(OperatorDrillDown.FailingPrefix, context.Parts[1], operatorId, p.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _refs, context.Now, cancellationToken);
        if (page is not null)
        {
            await context.EditAsync(html, buttons, cancellationToken);
            return null;
        }

        if (!context.User.IsStaff)
        {
            return await context.ReplyPrivatelyAsync(html, buttons, cancellationToken);
        }

        await context.ReplyAsync(html, buttons, cancellationToken);
        return null;
    }
}
