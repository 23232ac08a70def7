using System.Globalization;
using System.Text;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Infrastructure.Kpis.Rollups;

namespace QaBot.Infrastructure.Kpis.Export;

/// <summary>
/// One CSV row per chat that the KPIs of the period count (inbound chats whose t0 falls on one of its business days,
/// optionally of one group): ids, channel, group, operators, times, wait, duration, outcome, CSAT, QA score and each
/// check. The rows come from the same per-day facts as <see cref="KpiService"/>, so their counts are
/// <c>qabot kpi</c>'s. Read day by day: memory holds a day and its FCR look-ahead, never the whole period.
/// RFC 4180 quoting; a cell that a spreadsheet would run as a formula (=, +, -, @ first, bar negative numbers) is prefixed with '.
/// </summary>
public sealed class ChatExporter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "source", "chat_id", "channel", "group", "operators", "customer", "started_at", "first_response_at", "ended_at",
        "wait_s", "duration_s", "outcome", "csat", "converted", "qa_score", .. CheckNames.All,
    ];

    private readonly ITranscriptStore _transcripts;
    private readonly IChatResultStore _results;
    private readonly QaBotSettings _settings;

    public ChatExporter(ITranscriptStore transcripts, IChatResultStore results, QaBotSettings settings)
    {
        _transcripts = transcripts;
        _results = results;
        _settings = settings;
    }

    /// <summary>Writes the header and the rows; returns the number of chats written.</summary>
    public async Task<int> WriteAsync(TextWriter writer, KpiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        await writer.WriteLineAsync(string.Join(',', Columns));
        var calendar = new KpiCalendar(request.TimeZone, _settings.Kpi.FcrWindowDays);
        var rows = 0;
        var line = new StringBuilder();
        await foreach (var day in BusinessDayChats.ReadAsync(_transcripts, _results, calendar, _settings.Kpi, request.From, request.To, cancellationToken))
        {
            var builder = new ChatKpiFactsBuilder(day.Context, _settings.Kpi, request.TimeZone, request.Now);
            foreach (var input in day.Chats)
            {
                if (builder.Build(input) is not { } facts || facts.BusinessDay != day.Day
                    || (request.Group is not null && !string.Equals(facts.Group, request.Group, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                line.Clear();
                Row(line, input, facts, request.TimeZone);
                await writer.WriteLineAsync(line, cancellationToken);
                rows++;
            }
        }

        await writer.FlushAsync(cancellationToken);
        return rows;
    }

    private static void Row(StringBuilder line, KpiChat input, ChatKpiFacts facts, TimeZoneInfo zone)
    {
        var chat = input.Chat;
        var end = facts.Duration is { } duration ? facts.Start + duration : chat.EndedAt;
        Cells(line,
            chat.Source,
            chat.Id,
            facts.Channel,
            facts.Group,
            string.Join(' ', facts.Operators.Select(o => o.OperatorId)),
            chat.Customer?.Name ?? chat.Customer?.Id,
            Instant(facts.Start, zone),
            facts.FirstResponse is { } t1 ? Instant(t1, zone) : null,
            end is { } e ? Instant(e, zone) : null,
            Seconds(facts.Wait),
            Seconds(facts.Duration),
            Outcome(facts.Outcome),
            facts.Csat?.ToString(CultureInfo.InvariantCulture),
            facts.Outcome == ChatOutcome.Answered ? (facts.Converted ? "true" : "false") : null,
            facts.QaScore?.ToString(CultureInfo.InvariantCulture));
        foreach (var check in CheckNames.All)
        {
            line.Append(',');
            Cell(line, facts.Checks?.GetValueOrDefault(check));
        }
    }

    private static string Outcome(ChatOutcome outcome) => outcome switch
    {
        ChatOutcome.Answered => "answered",
        ChatOutcome.Missed => "missed",
        ChatOutcome.ShortAbandon => "short_abandon",
        ChatOutcome.AfterHours => "after_hours",
        _ => "waiting",
    };

    private static string Instant(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Seconds(TimeSpan? span) => span?.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Cells(StringBuilder line, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            Cell(line, cells[i]);
        }
    }

    private static void Cell(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        // A leading '-' is a formula only when the rest is not a plain number ("-1001234" is a Telegram group id).
        if (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
