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
        foreach (var chat in input.Chats)
        {
            if (builder.Build(chat) is { } facts && facts.BusinessDay == input.Day)
            {
                slices.Add(facts);
            }
        }

        var stored = slices.BySlice.Select(pair => Pack(pair.Key, pair.Value)).ToList();
        return new DayRollup(input.Day, generation, fingerprint, now, input.SettlesAt, stored);
    }

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
