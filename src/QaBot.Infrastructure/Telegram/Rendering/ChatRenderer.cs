using System.Text;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>
/// /chat: the header (group, customer, state), the QA result, and the transcript with failed checks marked ⚠️ and,
/// for an operator reading their own chat, their messages marked 👉.
/// </summary>
public static class ChatRenderer
{
    private const int MaxMessageChars = 600;

    public static string Render(BotStrings s, Chat chat, ChatTimeline timeline, ChatResult? result, DateTimeOffset now, TimeZoneInfo zone, string? highlightOperatorId = null)
    {
        var text = new StringBuilder(s.Format(s.ChatTitle, ChatReferences.Code(chat.Key))).Append('\n');
        var facts = new List<string> { Html.Escape(chat.Group ?? s.NoGroup), Html.Escape(chat.Channel) };
        if (chat.Customer is { } customer)
        {
            facts.Add(Html.Escape(customer.Name ?? customer.Id));
        }

        if (timeline.Start is { } start)
        {
            facts.Add(BotFormat.DateTime(start, zone));
        }

        facts.Add(Html.Escape(State(s, timeline, now)));
        text.Append(string.Join(" · ", facts)).Append('\n');
        if (chat.Csat is { } csat)
        {
            text.Append("CSAT: ").Append(csat).Append('\n');
        }

        var flagged = new HashSet<string>(StringComparer.Ordinal);
        if (result is null)
        {
            text.Append(Html.Escape(s.QaScore)).Append(": ").Append(Html.Italic(s.NotScored)).Append('\n');
        }
        else
        {
            text.Append(Html.Escape(s.QaScore)).Append(": <b>").Append(result.QaScore?.ToString(s.Culture) ?? s.NoData).Append("</b>\n");
            var failed = result.Checks.Where(c => c.Value == "fail").Select(c => c.Key).ToList();
            if (failed.Count > 0)
            {
                text.Append(Html.Escape(s.FailedChecks)).Append(": ").Append(Html.Escape(string.Join(", ", failed.Select(s.CheckName)))).Append('\n');
                foreach (var check in failed)
                {
                    flagged.UnionWith(result.Evidence.TryGetValue(check, out var ids) ? ids : []);
                }
            }
        }

        text.Append('\n');
        foreach (var message in chat.Messages)
        {
            var who = message.From switch
            {
                Sender.Customer => s.Customer,
                Sender.Operator => message.Operator?.Name ?? message.Operator?.Id ?? "operator",
                Sender.Bot => s.Bot,
                _ => s.System,
            };
            var body = message.Text ?? message.Event ?? string.Empty;
            var own = highlightOperatorId is not null && message.From == Sender.Operator && message.Operator?.Id == highlightOperatorId;
            text.Append(flagged.Contains(message.Id) ? "⚠️ " : string.Empty)
                .Append(own ? "👉 " : string.Empty)
                .Append(BotFormat.Time(message.At, zone)).Append(' ').Append(Html.Bold(who)).Append(": ")
                .Append(Html.Escape(body.Length > MaxMessageChars ? body[..MaxMessageChars] + "…" : body)).Append('\n');
        }

        return text.ToString();
    }

    public static string State(BotStrings s, ChatTimeline timeline, DateTimeOffset now) => timeline switch
    {
        { IsOutbound: true } => s.StateOutbound,
        { Wait: { } wait } => s.Format(s.StateAnswered, BotFormat.Duration(s, wait)),
        { IsShortAbandon: true } => s.StateShortAbandon,
        { IsAfterHours: true } => s.StateAfterHours,
        { IsMissed: true } => s.StateMissed,
        { IsWaiting: true } => s.Format(s.StateWaiting, BotFormat.Duration(s, timeline.WaitedAt(now))),
        _ => s.StateOpen,
    };
}
