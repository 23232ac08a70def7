using System.Text.Json;
using System.Text.Json.Nodes;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>Computes one business day's slices from its chats and packs them for <see cref="KpiRollupStore"/>.</summary>
internal static class DayRollupFactory
{
    private static readonly string TotalsProperty = JsonNamingPolicy.SnakeCaseLower.ConvertName(nameof(KpiAccumulator.Totals));

    public static DayRollup Compute(BusinessDayInput input, long generation, string fingerprint, KpiSettings settings, TimeZoneInfo zone, DateTimeOffset now)
    {
        var builder = new ChatKpiFactsBuilder(input.Context, settings, zone, now);
        var slices = new RollupSlices();
        DateTimeOffset? pendingFrom = null, countedUntil = null;
        foreach (var chat in input.Chats)
        {
            if (builder.Build(chat) is not { } facts || facts.BusinessDay != input.Day)
            {
                continue;
            }

            slices.Add(facts);
            if (FcrWindowEnd(chat, facts, settings) is { } windowEnd)
            {
                if (facts.Fcr == FcrOutcome.NotCounted)
                {
                    pendingFrom = pendingFrom is { } p && p <= windowEnd ? p : windowEnd;
                }
                else
                {
                    countedUntil = countedUntil is { } c && c >= windowEnd ? c : windowEnd;
                }
            }
        }

        var stored = slices.BySlice.Select(pair => Pack(pair.Key, pair.Value)).ToList();
        return new DayRollup(input.Day, generation, fingerprint, now, input.SettlesAt, new FcrHorizon(pendingFrom, countedUntil), stored);
    }

    /// <summary>
    /// end + FcrWindowDays of a chat FCR can apply to (answered, ended, customer known, as RepeatContactIndex.Evaluate
    /// requires); such a chat is not counted exactly while that instant is not before the newest data.
    /// </summary>
    private static DateTimeOffset? FcrWindowEnd(KpiChat chat, ChatKpiFacts facts, KpiSettings settings) =>
        facts.Outcome == ChatOutcome.Answered && facts.Duration is { } duration && !string.IsNullOrEmpty(chat.Chat.Customer?.Id)
            ? facts.Start + duration + settings.FcrWindow
            : null;

    private static StoredSlice Pack(string slice, KpiAccumulator accumulator)
    {
        var spans = SpanCodec.Encode(accumulator);
        // The spans now live in the packed column; the JSON keeps everything else.
        foreach (var op in accumulator.ByOperator.Values)
        {
            op.ActiveSpans.Clear();
        }

        var json = KpiJson.SerializeAccumulator(accumulator);
        // The previous period feeds only the trend, which reads the totals: store them alone as well, a tenth of the size.
        var totals = new JsonObject { [TotalsProperty] = JsonNode.Parse(json)![TotalsProperty]!.DeepClone() };
        return new StoredSlice(slice, json, totals.ToJsonString(KpiJson.Options), spans);
    }
}
