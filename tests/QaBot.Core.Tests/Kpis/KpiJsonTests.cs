using System.Text.Json;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Accumulation;
using QaBot.Core.Kpis.Reports;
using static QaBot.Core.Tests.Kpis.KpiScenario;

namespace QaBot.Core.Tests.Kpis;

public sealed class KpiJsonTests
{
    private static readonly DateOnly Day20 = new(2026, 11, 20);

    // The DESIGN §5 field list, in order.
    private static readonly string[] DesignFields =
    [
        "from", "to", "timezone", "chats", "answered", "missed", "short_abandons", "waiting", "missed_rate",
        "avg_wait_s", "median_wait_s", "p90_wait_s", "max_wait_s", "service_level", "service_level_threshold_s",
        "avg_duration_s", "avg_reply_time_s", "avg_wrapup_s", "csat_avg", "csat_satisfied_rate", "csat_response_rate",
        "conversion_rate", "sales_conversion_rate", "fcr_rate", "canned_share", "qa_score_avg", "checks", "to_review", "after_hours", "unscored", "by_hour",
        "by_channel", "by_group", "by_operator",
    ];

    private static readonly string[] OperatorFields =
    [
        "operator_id", "name", "chats", "avg_wait_s", "avg_duration_s", "avg_reply_time_s", "avg_concurrency",
        "max_concurrency", "csat_avg", "conversion_rate", "qa_score_avg", "checks",
    ];

    private static List<KpiChat> Chats() =>
    [
        new ChatFixture("j1", Utc(2026, 11, 20, 9)).With(c => c with { Group = "sales" })
            .Customer(0).Operator(12, "op-3", "Здравствуйте, Анна!", name: "Ирина").Ended(60)
            .Scored(100, new Dictionary<string, string> { ["greeting"] = "pass" }).Kpi(),
        new ChatFixture("j2", Utc(2026, 11, 20, 10)).Customer(0).Customer(30, "Алло?").Kpi(),
    ];

    [Fact]
    public void Serialize_WritesTheDesignFieldsInOrder_ThenTrendPeakHoursAndStaffing()
    {
        using var json = JsonDocument.Parse(KpiJson.Serialize(Day(Chats(), Day20, Utc(2026, 11, 21))));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([.. DesignFields, "trend", "peak_hours", "staffing", "business_hours_only"], names);
        var op = json.RootElement.GetProperty("by_operator")[0];
        Assert.Equal(OperatorFields, op.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Ирина", op.GetProperty("name").GetString());
    }

    [Fact]
    public void Serialize_WritesValuesAsDesignSays_DatesRatesSecondsNullsAndTwentyFourHours()
    {
        using var json = JsonDocument.Parse(KpiJson.Serialize(Day(Chats(), Day20, Utc(2026, 11, 21))));
        var root = json.RootElement;

        Assert.Equal("2026-11-20", root.GetProperty("from").GetString());
        Assert.Equal("UTC", root.GetProperty("timezone").GetString());
        Assert.Equal(0.5, root.GetProperty("missed_rate").GetDouble());     // j2 missed, j1 answered
        Assert.Equal(12, root.GetProperty("avg_wait_s").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("csat_avg").ValueKind);
        Assert.Equal(24, root.GetProperty("by_hour").GetArrayLength());
        Assert.Equal(1, root.GetProperty("by_hour")[9].GetInt32());
        Assert.Equal(1, root.GetProperty("checks").GetProperty("greeting").GetProperty("pass").GetInt32());
        Assert.Equal(1, root.GetProperty("by_group").GetProperty("sales").GetProperty("answered").GetInt32());
        Assert.Equal(1, root.GetProperty("by_group").GetProperty(KpiAccumulator.NoGroupKey).GetProperty("missed").GetInt32());
        Assert.Equal(20, root.GetProperty("by_channel").GetProperty("chat").GetProperty("service_level_threshold_s").GetDouble());
    }

    [Fact]
    public void DeserializeAccumulator_RestoresAnAggregateThatReportsTheSame()
    {
        var settings = KpiSettings.Default;
        var request = new KpiRequest(Day20, Day20, TimeZoneInfo.Utc, Utc(2026, 11, 21));
        var engine = new KpiEngine(settings);
        var context = KpiContext.Build(Chats().Select(c => c.Chat), settings);
        var (current, previous) = engine.Accumulate(Chats(), context, request);

        var restored = KpiJson.DeserializeAccumulator(KpiJson.SerializeAccumulator(current));

        Assert.Equal(
            KpiJson.Serialize(KpiReportBuilder.Build(current, previous, request, settings)),
            KpiJson.Serialize(KpiReportBuilder.Build(restored, previous, request, settings)));
    }
}
