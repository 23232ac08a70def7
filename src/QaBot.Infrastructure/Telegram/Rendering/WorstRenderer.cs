using System.Text;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>/worst: the lowest QA scores of the period, each with its failed checks and a /chat reference.</summary>
public static class WorstRenderer
{
    public static string Render(BotStrings s, string periodLabel, IReadOnlyList<ChatResult> results)
    {
        var text = new StringBuilder(s.Format(s.WorstTitle, Html.Escape(periodLabel))).Append('\n');
        if (results.Count == 0)
        {
            return text.Append(s.NoResults).ToString();
        }

        foreach (var result in results)
        {
            var failed = result.Checks.Where(c => c.Value == "fail").Select(c => s.CheckName(c.Key));
            text.Append("• <b>").Append(result.QaScore?.ToString(s.Culture) ?? s.NoData).Append("</b> · ")
                .Append(ChatReferences.Code(result.Key)).Append(" · ")
                .Append(Html.Escape(string.Join(", ", failed))).Append('\n');
        }

        return text.ToString();
    }
}
