using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Formulas;
using QaBot.Core.Transcripts;

namespace QaBot.Core.Kpis.Reports;

/// <summary>Turns accumulated sums into the DESIGN §5 report. Pure arithmetic over the aggregates: no chat is read here.</summary>
public static class KpiReportBuilder
{
    /// <param name="current">Chats of the period [request.From, request.To].</param>
    /// <param name="previous">Chats of <see cref="KpiRequest.PreviousPeriod"/>, for the trend.</param>
    /// <param name="request">The period, zone and filters (an operator filter limits <c>by_operator</c> to that operator).</param>
    /// <param name="settings">Thresholds.</param>
    public static KpiReport Build(KpiAccumulator current, KpiAccumulator previous, KpiRequest request, KpiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        var chatThreshold = settings.Definitions.AnswerWithinFor(Channels.Chat);
        var totals = Figures(current.Totals, chatThreshold);
        var operators = current.ByOperator.Values
            .Where(o => request.OperatorId is null || string.Equals(o.OperatorId, request.OperatorId, StringComparison.Ordinal))
            .Select(o => (Accumulator: o, Concurrency: ConcurrencyProfile.Of(o.ActiveSpans)))
            .ToList();
        var pooled = operators.Aggregate(default(ConcurrencyProfile), (pool, o) => pool.Pool(o.Concurrency));
        var previousPeriod = request.PreviousPeriod();
        var previousHeadline = KpiHeadline.Of(Figures(previous.Totals, chatThreshold));
        var headline = KpiHeadline.Of(totals);
        return new KpiReport
        {
            From = request.From,
            To = request.To,
            Timezone = BusinessTime.IanaId(request.TimeZone),
            BusinessHoursOnly = settings.Definitions.BusinessHours is not null,
            Totals = totals,
            ByHour = current.ChatsByHour(),
            ByChannel = Sorted(current.ByChannel, (channel, t) => Figures(t, settings.Definitions.AnswerWithinFor(channel))),
            ByGroup = Sorted(current.ByGroup, (_, t) => Figures(t, chatThreshold)),
            ByOperator = [.. operators
                .Select(o => OperatorRow(o.Accumulator, o.Concurrency))
                .OrderByDescending(row => row.Chats)
                .ThenBy(row => row.OperatorId, StringComparer.Ordinal)],
            Trend = new KpiTrend(previousPeriod.From, previousPeriod.To, previousHeadline, KpiHeadline.Delta(headline, previousHeadline))
            {
                Until = request.PreviousComparableUntil,
            },
            PeakHours = PeakHoursOf(current, settings.PeakHoursTop),
            Staffing = StaffingEstimator.Estimate(current, request.Days, settings, pooled.Average),
        };
    }

    /// <summary>The core figures of one slice; <paramref name="threshold"/> is only reported, each chat used its own T.</summary>
    public static KpiFigures Figures(KpiTotalsAccumulator t, TimeSpan threshold)
    {
        ArgumentNullException.ThrowIfNull(t);
        var waits = WaitStatistics.From(t.WaitHistogram);
        return new KpiFigures
        {
            Chats = t.Chats,
            Answered = t.Answered,
            Missed = t.Missed,
            ShortAbandons = t.ShortAbandons,
            Waiting = t.Waiting,
            AfterHours = t.AfterHours,
            Unscored = t.Unscored,
            MissedRate = KpiMath.Ratio(t.Missed, t.Answered + t.Missed),
            AvgWaitSeconds = waits.Mean,
            MedianWaitSeconds = waits.Median,
            P90WaitSeconds = waits.P90,
            MaxWaitSeconds = waits.Max,
            ServiceLevel = KpiMath.Ratio(t.AnsweredWithinSla, t.Answered + t.Missed),
            ServiceLevelThresholdSeconds = KpiMath.Seconds(threshold),
            AvgDurationSeconds = KpiMath.MeanSeconds(t.DurationTicks, t.DurationCount),
            AvgReplyTimeSeconds = KpiMath.MeanSeconds(t.ReplyTicks, t.ReplyCount),
            AvgWrapUpSeconds = KpiMath.MeanSeconds(t.WrapUpTicks, t.WrapUpCount),
            CsatAvg = KpiMath.Ratio(t.CsatSum, t.CsatRated),
            CsatSatisfiedRate = KpiMath.Ratio(t.CsatSatisfied, t.CsatRated),
            CsatResponseRate = KpiMath.Ratio(t.CsatRated, t.Answered),
            ConversionRate = KpiMath.Ratio(t.Converted, t.Answered),
            SalesConversionRate = KpiMath.Ratio(t.SalesIntentConverted, t.SalesIntentAnswered),
            FcrRate = KpiMath.Ratio(t.FcrResolved, t.FcrCounted),
            CannedShare = KpiMath.Ratio(t.CannedMessages, t.OperatorMessages),
            QaScoreAvg = KpiMath.Ratio(t.QaScoreSum, t.QaScored),
            ToReview = t.ToReview,
            Checks = new SortedDictionary<string, CheckCounts>(t.Checks, StringComparer.Ordinal),
        };
    }

    private static OperatorKpis OperatorRow(OperatorAccumulator o, ConcurrencyProfile concurrency) => new()
    {
        OperatorId = o.OperatorId,
        Name = o.Name,
        Chats = o.Chats,
        AvgWaitSeconds = KpiMath.MeanSeconds(o.WaitTicks, o.WaitCount),
        AvgDurationSeconds = KpiMath.MeanSeconds(o.DurationTicks, o.DurationCount),
        AvgReplyTimeSeconds = KpiMath.MeanSeconds(o.ReplyTicks, o.ReplyCount),
        AvgConcurrency = concurrency.Average,
        MaxConcurrency = concurrency.BusyTicks > 0 ? concurrency.Max : null,
        CsatAvg = KpiMath.Ratio(o.CsatSum, o.CsatRated),
        ConversionRate = KpiMath.Ratio(o.ConvertedAsLast, o.AnsweredAsLast),
        QaScoreAvg = KpiMath.Ratio(o.QaScoreSum, o.QaScored),
        Checks = new SortedDictionary<string, CheckCounts>(o.Checks, StringComparer.Ordinal),
    };

    private static SortedDictionary<string, KpiFigures> Sorted(
        Dictionary<string, KpiTotalsAccumulator> slices, Func<string, KpiTotalsAccumulator, KpiFigures> figures) =>
        new(slices.ToDictionary(pair => pair.Key, pair => figures(pair.Key, pair.Value)), StringComparer.Ordinal);

    private static PeakHours PeakHoursOf(KpiAccumulator aggregate, int top)
    {
        var byWeekday = new OrderedDictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        for (var day = 0; day < 7; day++)
        {
            byWeekday.Add(PeakHours.WeekdayNames[day], aggregate.ChatsByWeekdayHour.AsSpan(day * 24, 24).ToArray());
        }

        var busiest = aggregate.ChatsByWeekdayHour
            .Select((chats, cell) => new PeakHour(PeakHours.WeekdayNames[cell / 24], cell % 24, chats))
            .Where(cell => cell.Chats > 0)
            .OrderByDescending(cell => cell.Chats) // stable: ties keep weekday-then-hour order
            .Take(top)
            .ToList();
        return new PeakHours(byWeekday, busiest);
    }
}
