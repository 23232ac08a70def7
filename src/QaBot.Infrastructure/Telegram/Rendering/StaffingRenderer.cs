using System.Text;
using QaBot.Core.Kpis.Reports;
using QaBot.Infrastructure.Telegram.Text;

namespace QaBot.Infrastructure.Telegram.Rendering;

/// <summary>/staffing: operators needed per hour (Erlang C with chat concurrency, DESIGN §5), busy hours only.</summary>
public static class StaffingRenderer
{
    public static string Render(BotStrings s, string periodLabel, StaffingEstimate staffing)
    {
        var text = new StringBuilder(s.Format(s.StaffingTitle, Html.Escape(periodLabel),
            BotFormat.Percent(s, staffing.ServiceLevelTarget), BotFormat.Seconds(s, staffing.ThresholdSeconds), BotFormat.Number(s, staffing.AvgConcurrency, "0.#"))).Append('\n');
        var hours = staffing.Hours.Where(h => h.OperatorsNeeded is > 0).ToList();
        if (hours.Count == 0)
        {
            return text.Append(s.NoStaffing).ToString();
        }

        if (staffing.DaysWithData > 0)
        {
            text.Append(Html.Italic(s.Format(s.StaffingDays, staffing.DaysWithData, staffing.Days))).Append('\n');
        }

        foreach (var hour in hours)
        {
            text.Append(s.Format(s.StaffingLine, hour.Hour.ToString("00", s.Culture), BotFormat.Number(s, hour.ArrivalsPerHour, "0.#"),
                "<b>" + hour.OperatorsNeeded!.Value.ToString(s.Culture) + "</b>")).Append('\n');
        }

        return text.ToString();
    }
}
