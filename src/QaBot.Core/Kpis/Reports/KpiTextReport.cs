using System.Text;
using static QaBot.Core.Kpis.Reports.KpiTextFormat;

namespace QaBot.Core.Kpis.Reports;

/// <summary>The <c>--format text</c> rendering of a <see cref="KpiReport"/>: aligned tables, trend arrows (↑ ↓ →).</summary>
public static class KpiTextReport
{
    public static string Render(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var output = new StringBuilder();
        var trend = report.Trend;
        output.Append($"KPIs {report.From:yyyy-MM-dd} … {report.To:yyyy-MM-dd} ({report.Timezone}), ")
            .Append($"previous period {trend.From:yyyy-MM-dd} … {trend.To:yyyy-MM-dd}")
            .Append(trend.Until is { } until ? $" until {until:yyyy-MM-dd HH:mm} (the same hours)\n" : "\n")
            .Append(report.BusinessHoursOnly ? "waits and service level count business hours only (Sla:BusinessHoursOnly)\n\n" : "waits count every hour\n\n");
        WriteHeadline(output, report.Totals, trend, report.BusinessHoursOnly);
        WriteChecks(output, report.Totals.Checks);
        WriteSlices(output, "channel", report.ByChannel);
        WriteSlices(output, "group", report.ByGroup);
        WriteOperators(output, report.ByOperator);
        WritePeakHours(output, report.PeakHours);
        WriteStaffing(output, report.Staffing);
        return output.ToString();
    }

    private static void WriteHeadline(StringBuilder output, KpiFigures now, KpiTrend trend, bool businessHoursOnly)
    {
        var before = trend.Previous;
        var delta = trend.Delta;
        var table = new TextTable("metric", "value", "previous", "change")
            .Add("chats", Count(now.Chats), Count(before.Chats), CountChange(delta.Chats))
            .Add("answered", Count(now.Answered), Count(before.Answered), CountChange(delta.Answered))
            .Add("missed", Count(now.Missed), Count(before.Missed), CountChange(delta.Missed))
            .Add("short abandons", Count(now.ShortAbandons), string.Empty, string.Empty)
            .Add("waiting now", Count(now.Waiting), string.Empty, string.Empty);
        if (businessHoursOnly)
        {
            table.Add("after hours (not missed)", Count(now.AfterHours), string.Empty, string.Empty);
        }

        table
            .Add("missed rate", Percent(now.MissedRate), Percent(before.MissedRate), Change(delta.MissedRate, Points))
            .Add($"service level (≤ {Duration(now.ServiceLevelThresholdSeconds)})", Percent(now.ServiceLevel), Percent(before.ServiceLevel), Change(delta.ServiceLevel, Points))
            .Add("avg wait", Duration(now.AvgWaitSeconds), Duration(before.AvgWaitSeconds), Change(delta.AvgWaitSeconds, Duration))
            .Add("median wait", Duration(now.MedianWaitSeconds), Duration(before.MedianWaitSeconds), Change(delta.MedianWaitSeconds, Duration))
            .Add("p90 wait", Duration(now.P90WaitSeconds), string.Empty, string.Empty)
            .Add("max wait", Duration(now.MaxWaitSeconds), string.Empty, string.Empty)
            .Add("avg duration", Duration(now.AvgDurationSeconds), string.Empty, string.Empty)
            .Add("avg reply time", Duration(now.AvgReplyTimeSeconds), Duration(before.AvgReplyTimeSeconds), Change(delta.AvgReplyTimeSeconds, Duration))
            .Add("avg wrap-up", Duration(now.AvgWrapUpSeconds), string.Empty, string.Empty)
            .Add("CSAT avg", Number(now.CsatAvg), Number(before.CsatAvg), Change(delta.CsatAvg, v => Number(v)))
            .Add("CSAT satisfied (4–5)", Percent(now.CsatSatisfiedRate), string.Empty, string.Empty)
            .Add("CSAT response rate", Percent(now.CsatResponseRate), string.Empty, string.Empty)
            .Add("conversion", Percent(now.ConversionRate), Percent(before.ConversionRate), Change(delta.ConversionRate, Points))
            .Add("sales conversion", Percent(now.SalesConversionRate), string.Empty, string.Empty)
            .Add("FCR", Percent(now.FcrRate), Percent(before.FcrRate), Change(delta.FcrRate, Points))
            .Add("canned share", Percent(now.CannedShare), Percent(before.CannedShare), Change(delta.CannedShare, Points))
            .Add("QA score avg", Number(now.QaScoreAvg, "0.0"), Number(before.QaScoreAvg, "0.0"), Change(delta.QaScoreAvg, v => Number(v, "0.0")))
            .Add("to review (politeness)", Count(now.ToReview), string.Empty, string.Empty)
            .Add("not scored yet", Count(now.Unscored), string.Empty, string.Empty)
            .WriteTo(output);
    }

    private static void WriteChecks(StringBuilder output, IReadOnlyDictionary<string, CheckCounts> checks)
    {
        if (checks.Count == 0)
        {
            return;
        }

        var table = new TextTable("check", "pass", "fail", "pass rate");
        foreach (var (name, counts) in checks)
        {
            var rate = counts.Pass + counts.Fail == 0 ? null : (double?)counts.Pass / (counts.Pass + counts.Fail);
            table.Add(name, Count(counts.Pass), Count(counts.Fail), Percent(rate));
        }

        output.Append('\n');
        table.WriteTo(output);
    }

    private static void WriteSlices(StringBuilder output, string title, IReadOnlyDictionary<string, KpiFigures> slices)
    {
        if (slices.Count == 0)
        {
            return;
        }

        var table = new TextTable(title, "chats", "answered", "missed", "service level", "avg wait", "CSAT", "QA");
        foreach (var (name, f) in slices)
        {
            table.Add(name, Count(f.Chats), Count(f.Answered), Count(f.Missed), Percent(f.ServiceLevel),
                Duration(f.AvgWaitSeconds), Number(f.CsatAvg), Number(f.QaScoreAvg, "0.0"));
        }

        output.Append('\n');
        table.WriteTo(output);
    }

    private static void WriteOperators(StringBuilder output, IReadOnlyList<OperatorKpis> operators)
    {
        if (operators.Count == 0)
        {
            return;
        }

        var table = new TextTable("operator", "chats", "avg wait", "avg reply", "concurrency", "max", "CSAT", "conversion", "QA");
        foreach (var o in operators)
        {
            var name = o.Name is null ? o.OperatorId : $"{o.Name} ({o.OperatorId})";
            table.Add(name, Count(o.Chats), Duration(o.AvgWaitSeconds), Duration(o.AvgReplyTimeSeconds),
                Number(o.AvgConcurrency), o.MaxConcurrency is { } max ? Count(max) : NoData, Number(o.CsatAvg),
                Percent(o.ConversionRate), Number(o.QaScoreAvg, "0.0"));
        }

        output.Append('\n');
        table.WriteTo(output);
    }

    private static void WritePeakHours(StringBuilder output, PeakHours peaks)
    {
        if (peaks.Top.Count == 0)
        {
            return;
        }

        output.Append("\npeak hours: ")
            .AppendJoin(", ", peaks.Top.Select(p => $"{p.Weekday} {p.Hour:00}:00 ({Count(p.Chats)} chats)"))
            .Append('\n');
    }

    private static void WriteStaffing(StringBuilder output, StaffingEstimate staffing)
    {
        var busy = staffing.Hours.Where(h => h.ArrivalsPerHour > 0).ToList();
        if (busy.Count == 0)
        {
            return;
        }

        output.Append($"\nstaffing: {Percent(staffing.ServiceLevelTarget)} within {Duration(staffing.ThresholdSeconds)}, ")
            .Append($"{Number(staffing.AvgConcurrency)} chats per operator at once, ")
            .Append($"arrivals averaged over the {Count(staffing.DaysWithData)} of {Count(staffing.Days)} days with chats\n");
        var table = new TextTable("hour", "arrivals/h", "handle time", "Erlangs", "agents", "operators");
        foreach (var h in busy)
        {
            table.Add($"{h.Hour:00}:00", Number(h.ArrivalsPerHour), Duration(h.AvgHandleTimeSeconds), Number(h.TrafficErlangs),
                h.AgentsNeeded is { } agents ? Count(agents) : NoData, h.OperatorsNeeded is { } ops ? Count(ops) : NoData);
        }

        table.WriteTo(output);
    }
}
