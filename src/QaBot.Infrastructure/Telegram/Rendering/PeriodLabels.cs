using QaBot.Infrastructure.Telegram.Periods;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>How a period reads in a title: "today (2026-11-20)", "last 15 min", "2026-11-01..2026-11-30".</summary>
public static class PeriodLabels
{
    public static string Label(BotStrings s, ReportPeriod period, DateOnly today)
    {
        if (period.Minutes is { } minutes)
        {
            return s.Format(s.LastMinutes, minutes);
        }

        return period.From == today && period.To == today ? $"{s.Today} ({period.DateLabel})" : period.DateLabel;
    }

    /// <summary>"7 days" → "7 days · sales" when a group is chosen (escaped by whoever renders the label).</summary>
    public static string WithGroup(string label, string? group) => group is null ? label : $"{label} · {group}";
}
