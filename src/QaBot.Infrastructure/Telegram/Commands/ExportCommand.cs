using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Kpis.Export;
using QaBot.Infrastructure.Telegram.Rendering;
using QaBot.Infrastructure.Telegram.Text;
using QaBot.Infrastructure.Telegram.Updates;

namespace QaBot.Infrastructure.Telegram.Commands;

/// <summary>
/// /export [period] [group]: the CSV of <c>qabot export</c> as a document — one row per chat that /stats counts for
/// the period, so its rows add up to the same numbers.
/// </summary>
public sealed class ExportCommand : IBotCommand
{
    /// <summary>Telegram's limit for a document a bot sends.</summary>
    public const int MaxDocumentBytes = 50 * 1024 * 1024;

    private readonly TeamReports _reports;
    private readonly IServiceProvider _services;

    public ExportCommand(TeamReports reports, IServiceProvider services)
    {
        _reports = reports;
        _services = services;
    }

    public string Name => "export";

    public CommandAudience Audience => CommandAudience.Staff;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = context.Strings;
        var request = await ReportArguments.ParseAsync(context, "today", _reports.Store, cancellationToken);
        if (request.Error is { } error || request.Period.IsLiveWindow)
        {
            await context.ReplyAsync(request.Error ?? s.Format(s.DaysOnly, "/export"), cancellationToken: cancellationToken);
            return;
        }

        if (_services.GetService<ChatExporter>() is not { } exporter)
        {
            await context.ReplyAsync(s.NotAvailable, cancellationToken: cancellationToken);
            return;
        }

        var period = request.Period;
        using var buffer = new MemoryStream();
        int rows;
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            rows = await exporter.WriteAsync(writer, new KpiRequest(period.From, period.To, context.Zone, context.Now) { Group = request.Group }, cancellationToken);
        }

        var label = PeriodLabels.WithGroup(PeriodLabels.Label(s, period, context.Today), request.Group);
        if (buffer.Length > MaxDocumentBytes)
        {
            await context.ReplyAsync(s.Format(s.ExportTooLarge, Html.Escape(label), rows), cancellationToken: cancellationToken);
            return;
        }

        var name = period.From == period.To ? $"qabot-{period.From:yyyy-MM-dd}" : $"qabot-{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}";
        if (request.Group is { } group)
        {
            name += "-" + string.Concat(group.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        }

        await context.ReplyDocumentAsync(buffer.ToArray(), name + ".csv", s.Format(s.ExportCaption, Html.Escape(label), rows), cancellationToken);
    }
}
