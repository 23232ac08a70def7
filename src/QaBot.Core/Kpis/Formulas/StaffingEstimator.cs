using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Core.Kpis.Formulas;

/// <summary>
/// Staffing per hour of the day (DESIGN §5): Erlang C with chat concurrency.
/// <list type="number">
/// <item>λ(h) = live-channel chats starting in hour h ÷ days of the period that had live-channel chats (arrivals per
/// hour on a working day: days without data, such as days before the import or closed days, do not dilute it).</item>
/// <item>AHT(h) = mean handle time (first response → end, plus wrap-up) of chats starting in hour h, falling back to
/// the period's overall mean when hour h has arrivals but no ended answered chat.</item>
/// <item>A(h) = λ(h) · AHT(h) ÷ 3600 Erlangs; N(h) = Erlang C agents for the target within T (at least 1 when there
/// are arrivals). An "agent" here is one chat slot: measured handle times already include the slowdown of
/// multitasking, so an operator carrying c chats at once is c agents.</item>
/// <item>operators(h) = ⌈N(h) ÷ c⌉ with c the pooled average concurrency of the operators (1 when unknown).</item>
/// </list>
/// </summary>
public static class StaffingEstimator
{
    // Guards ⌈N ÷ c⌉ against c carrying a rounding error (14 ÷ 1.75 must stay 8, not become 9).
    private const double CeilingTolerance = 1e-9;

    public static StaffingEstimate Estimate(KpiAccumulator aggregate, int days, KpiSettings settings, double? averageConcurrency)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var daysWithData = aggregate.StaffingDays.Count;
        var divisor = daysWithData > 0 ? daysWithData : days;
        var concurrency = averageConcurrency is >= 1 ? averageConcurrency.Value : 1.0;
        var overallHandle = KpiMath.MeanSeconds(aggregate.StaffingHandleTicks.Sum(), aggregate.StaffingHandleCount.Sum());
        var hours = new List<StaffingHour>(24);
        for (var hour = 0; hour < 24; hour++)
        {
            var arrivals = aggregate.StaffingArrivals[hour];
            var perHour = arrivals / (double)divisor;
            var handle = KpiMath.MeanSeconds(aggregate.StaffingHandleTicks[hour], aggregate.StaffingHandleCount[hour]);
            if (arrivals == 0)
            {
                hours.Add(new StaffingHour { Hour = hour, AvgHandleTimeSeconds = handle, TrafficErlangs = 0, AgentsNeeded = 0, OperatorsNeeded = 0 });
                continue;
            }

            handle ??= overallHandle;
            if (handle is not { } handleSeconds)
            {
                hours.Add(new StaffingHour { Hour = hour, ArrivalsPerHour = perHour });
                continue;
            }

            var traffic = perHour * handleSeconds / 3600;
            var agents = handleSeconds > 0
                ? Math.Max(1, ErlangC.AgentsNeeded(traffic, settings.ServiceLevelTarget, settings.TargetAnswerTime, TimeSpan.FromSeconds(handleSeconds)))
                : 1;
            hours.Add(new StaffingHour
            {
                Hour = hour,
                ArrivalsPerHour = perHour,
                AvgHandleTimeSeconds = handleSeconds,
                TrafficErlangs = traffic,
                AgentsNeeded = agents,
                OperatorsNeeded = (int)Math.Ceiling((agents / concurrency) - CeilingTolerance),
            });
        }

        return new StaffingEstimate
        {
            ServiceLevelTarget = settings.ServiceLevelTarget,
            ThresholdSeconds = KpiMath.Seconds(settings.TargetAnswerTime),
            AvgConcurrency = concurrency,
            Days = days,
            DaysWithData = daysWithData,
            Hours = hours,
        };
    }
}
