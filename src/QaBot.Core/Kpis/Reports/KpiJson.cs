using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using QaBot.Core.Kpis.Accumulation;

namespace QaBot.Core.Kpis.Reports;

/// <summary>
/// The JSON of DESIGN §5: one snake_case object, nulls written as null, <c>by_hour</c> an array of 24 counts, the core
/// figures inline at the top level. Also stores and restores <see cref="KpiAccumulator"/>s for rollups.
/// </summary>
public static class KpiJson
{
    private static readonly string[] Header = ["from", "to", "timezone"];
    private static readonly string TotalsName = JsonNamingPolicy.SnakeCaseLower.ConvertName(nameof(KpiReport.Totals));

    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    public static string Serialize(KpiReport report, bool indented = false) =>
        ToJsonObject(report).ToJsonString(indented ? IndentedOptions : Options);

    /// <summary>The report as a JSON object in DESIGN §5 field order: from, to, timezone, the core figures, then the breakdowns.</summary>
    public static JsonObject ToJsonObject(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rest = JsonSerializer.SerializeToNode(report, Options)!.AsObject();
        rest.Remove(TotalsName, out var totals);
        var figures = totals!.AsObject();
        var result = new JsonObject();
        MoveAll(rest, Header, result);
        MoveAll(figures, [.. figures.Select(p => p.Key)], result);
        MoveAll(rest, [.. rest.Select(p => p.Key)], result);
        return result;
    }

    public static string SerializeAccumulator(KpiAccumulator accumulator) =>
        JsonSerializer.Serialize(accumulator, Options);

    public static KpiAccumulator DeserializeAccumulator(string json) =>
        JsonSerializer.Deserialize<KpiAccumulator>(json, Options)
        ?? throw new JsonException("A stored KPI aggregate was null.");

    private static void MoveAll(JsonObject from, IReadOnlyList<string> names, JsonObject to)
    {
        foreach (var name in names)
        {
            from.Remove(name, out var value);
            to.Add(name, value);
        }
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
            // Operator names are often Cyrillic or CJK: keep them readable, still escaping HTML-sensitive characters.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
