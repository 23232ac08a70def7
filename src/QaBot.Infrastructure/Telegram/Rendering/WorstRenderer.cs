using System.Text;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>/worst: the lowest QA scores of the period, numbered for their "💬 n" buttons, each with its failed checks and a /chat reference.</summary>
public static class WorstRenderer
{
    private const int QuoteMaxChars = 90;

    public static string Render(BotStrings s, string periodLabel, IReadOnlyList<WorstChat> rows)
    {
        var text = new StringBuilder(s.Format(s.WorstTitle, Html.Escape(periodLabel))).Append('\n');
        if (rows.Count == 0)
        {
            return text.Append(s.NoResults).ToString();
        }

        var number = 0;
        foreach (var row in rows)
        {
            var result = row.Result;
            var failed = result.Checks.Where(c => c.Value == "fail").Select(c => s.CheckName(c.Key));
            text.Append(++number).Append(". <b>").Append(result.QaScore?.ToString(s.Culture) ?? s.NoData).Append("</b> · ")
                .Append(ChatReferences.Code(result.Key));
            if (row.Operators is { } operators)
            {
                text.Append(" · ").Append(Html.Escape(operators));
            }

            text.Append(" · ").Append(Html.Escape(string.Join(", ", failed))).Append('\n');
            if (row.Quote is { } quote)
            {
                var speaker = quote.From == Sender.Operator ? quote.Operator?.Name ?? s.SpeakerOperator : s.SpeakerCustomer;
                text.Append("   <i>").Append(Html.Escape(speaker)).Append(":</i> “").Append(Html.Escape(Shorten(quote.Text!))).Append("”\n");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= QuoteMaxChars ? oneLine : string.Concat(oneLine.AsSpan(0, QuoteMaxChars), "…");
    }
}
