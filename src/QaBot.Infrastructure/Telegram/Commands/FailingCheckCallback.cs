using System.Globalization;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Storage;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>"fc|day|check" under the daily summary: that day's chats that failed the check, lowest QA first, each with "💬 n".</summary>
public sealed class FailingCheckCallback : ICallbackHandler
{
    private const int Limit = 10;

    private readonly TeamReports _reports;
    private readonly ChatRefStore _refs;

    public FailingCheckCallback(TeamReports reports, ChatRefStore refs)
    {
        _reports = reports;
        _refs = refs;
    }

    public string Prefix => SummaryRenderer.FailingCheckPrefix;

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task<string?> HandleAsync(CallbackContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        if (context.Parts.Count < 3 || !DateOnly.TryParseExact(context.Parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return s.StaleButton;
        }

        var check = context.Parts[2];
        var (start, end) = (BusinessTime.StartOfDay(day, context.Zone), BusinessTime.StartOfDay(day.AddDays(1), context.Zone));
        var rows = await _reports.WorstWhereAsync(start, end, Limit, (result, _) => result.Checks.GetValueOrDefault(check) == "fail", cancellationToken);

        var html = s.Format(s.FailingCheckTitle, Html.Escape(s.CheckName(check)), $"{day:yyyy-MM-dd}") + "\n"
            + WorstRenderer.Render(s, $"{day:yyyy-MM-dd}", rows);
        var buttons = await ChatViewCallback.ButtonsAsync([.. rows.Select(r => r.Result.Key)], _refs, context.Now, cancellationToken);
        await context.ReplyAsync(html, buttons, cancellationToken);
        return null;
    }
}
