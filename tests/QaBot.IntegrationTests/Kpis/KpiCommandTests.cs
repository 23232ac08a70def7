using System.Text.Json;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>The <c>qabot kpi</c> verb as an admin runs it: a real process over an imported file.</summary>
public sealed class KpiCommandTests : IDisposable
{
    // DESIGN §5, in order: the keys a script reading the JSON relies on.
    private static readonly string[] DesignKeys =
    [
        "from", "to", "timezone", "chats", "answered", "missed", "short_abandons", "waiting", "missed_rate",
        "avg_wait_s", "median_wait_s", "p90_wait_s", "max_wait_s", "service_level", "service_level_threshold_s",
        "avg_duration_s", "avg_reply_time_s", "avg_wrapup_s", "csat_avg", "csat_satisfied_rate", "csat_response_rate",
        "conversion_rate", "sales_conversion_rate", "fcr_rate", "canned_share", "qa_score_avg", "checks", "to_review", "after_hours", "unscored", "by_hour",
        "by_channel", "by_group", "by_operator",
    ];

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Kpi_PrintsTheDesignJson_WhenChatsWereImported()
    {
        var data = $"--Storage:DataDirectory={_dir.File("data")}";
        var file = _dir.File("chats.jsonl");
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "generate", "--out", file, "--days", "3", "--chats-per-day", "30", "--start", "2026-11-16")).ExitCode);
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "import", file, data)).ExitCode);

        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-18", "--format", "json", "--tz", "Europe/Moscow", data);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(DesignKeys, root.EnumerateObject().Select(p => p.Name).Take(DesignKeys.Length));
        Assert.Equal("2026-11-16", root.GetProperty("from").GetString());
        Assert.Equal("Europe/Moscow", root.GetProperty("timezone").GetString());
        Assert.InRange(root.GetProperty("chats").GetInt32(), 40, 120);
        Assert.Equal(24, root.GetProperty("by_hour").GetArrayLength());
        Assert.NotEmpty(root.GetProperty("by_operator").EnumerateArray());
    }

    [Fact]
    public async Task Kpi_HasChecksAndQaRightAfterImport_AndCountsUnscoredChats_WhenImportSkippedScoring()
    {
        var file = _dir.File("chats.jsonl");
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "generate", "--out", file, "--days", "2", "--chats-per-day", "20", "--start", "2026-11-16")).ExitCode);
        var scored = $"--Storage:DataDirectory={_dir.File("scored")}";
        var unscored = $"--Storage:DataDirectory={_dir.File("unscored")}";
        var import = await QaBotProcess.RunAsync(_dir.Path, "import", file, scored);
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "import", file, "--no-score", unscored)).ExitCode);

        using var now = JsonDocument.Parse((await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-17", scored)).Stdout);
        using var later = JsonDocument.Parse((await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-17", unscored)).Stdout);

        Assert.Contains("scored ", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, now.RootElement.GetProperty("unscored").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, now.RootElement.GetProperty("qa_score_avg").ValueKind);
        Assert.NotEmpty(now.RootElement.GetProperty("checks").EnumerateObject());
        Assert.Equal(later.RootElement.GetProperty("chats").GetInt32(), later.RootElement.GetProperty("unscored").GetInt32());
        Assert.Equal(JsonValueKind.Null, later.RootElement.GetProperty("qa_score_avg").ValueKind);
    }

    [Fact]
    public async Task Kpi_ExplainsUsage_WhenTheDateIsNotADate()
    {
        var result = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "20.11.2026", $"--Storage:DataDirectory={_dir.File("data")}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--from must be YYYY-MM-DD", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WritesOneRowPerChatThatKpiCounts_ToTheFileNamed()
    {
        var data = $"--Storage:DataDirectory={_dir.File("data")}";
        var file = _dir.File("chats.jsonl");
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "generate", "--out", file, "--days", "3", "--chats-per-day", "30", "--start", "2026-11-16")).ExitCode);
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "import", file, data)).ExitCode);
        var csv = _dir.File("week.csv");

        var export = await QaBotProcess.RunAsync(_dir.Path, "export", "--from", "2026-11-16", "--to", "2026-11-18", "--tz", "Europe/Moscow", "--out", csv, data);
        var kpi = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-18", "--tz", "Europe/Moscow", data);

        Assert.True(export.ExitCode == 0, export.Stderr);
        using var json = JsonDocument.Parse(kpi.Stdout);
        var lines = File.ReadAllLines(csv);
        var header = CsvLine.Split(lines[0]);
        var outcome = header.ToList().IndexOf("outcome");
        var rows = lines.Skip(1).Select(l => CsvLine.Split(l)[outcome]).ToList();
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Count, CsvLine.Split(l).Count));
        Assert.Equal(json.RootElement.GetProperty("chats").GetInt32(), rows.Count);
        Assert.Equal(json.RootElement.GetProperty("missed").GetInt32(), rows.Count(o => o == "missed"));
        Assert.Equal(json.RootElement.GetProperty("answered").GetInt32(), rows.Count(o => o == "answered"));
        Assert.Contains($"{rows.Count} chats written", export.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(csv + ".partial"));
    }

    [Fact]
    public async Task Kpi_BusinessHoursOnly_CountsOpenTime_AndSaysWhichModeItUsed()
    {
        var data = $"--Storage:DataDirectory={_dir.File("data")}";
        var file = _dir.File("hours.jsonl");
        // Friday 2026-11-20, Moscow: one chat written at 22:00 and left unanswered, one at 12:00 left unanswered for an
        // hour, one written at 23:00 and answered on Monday 15 s after the 09:00 opening.
        File.WriteAllLines(file,
        [
            """{"id":"night","source":"webchat","channel":"chat","ended_at":"2026-11-20T22:10:00+03:00","messages":[{"id":"m1","at":"2026-11-20T22:00:00+03:00","from":"customer","text":"Вы ещё работаете?"}]}""",
            """{"id":"noon","source":"webchat","channel":"chat","ended_at":"2026-11-20T13:00:00+03:00","messages":[{"id":"m1","at":"2026-11-20T12:00:00+03:00","from":"customer","text":"Is anyone there?"}]}""",
            """{"id":"late","source":"webchat","channel":"chat","ended_at":"2026-11-23T09:10:00+03:00","messages":[{"id":"m1","at":"2026-11-20T23:00:00+03:00","from":"customer","text":"When does my order ship?"},{"id":"m2","at":"2026-11-23T09:00:15+03:00","from":"operator","text":"Good morning! It ships today.","operator":{"id":"op-1"}}]}""",
        ]);
        Assert.Equal(0, (await QaBotProcess.RunAsync(_dir.Path, "import", file, data)).ExitCode);
        string[] hours = ["--Sla:BusinessHoursOnly=true", "--Business:Hours:*:*=mon-fri 09:00-18:00", "--Business:TimeZone=Europe/Moscow"];

        var everyHour = await QaBotProcess.RunAsync(_dir.Path, "kpi", "--from", "2026-11-20", "--to", "2026-11-20", "--tz", "Europe/Moscow", data);
        var businessHours = await QaBotProcess.RunAsync(_dir.Path, ["kpi", "--from", "2026-11-20", "--to", "2026-11-20", "--tz", "Europe/Moscow", data, .. hours]);
        var text = await QaBotProcess.RunAsync(_dir.Path, ["kpi", "--from", "2026-11-20", "--to", "2026-11-20", "--tz", "Europe/Moscow", "--format", "text", data, .. hours]);
        var csv = _dir.File("hours.csv");
        var export = await QaBotProcess.RunAsync(_dir.Path, ["export", "--from", "2026-11-20", "--to", "2026-11-20", "--tz", "Europe/Moscow", "--out", csv, data, .. hours]);

        Assert.True(businessHours.ExitCode == 0, businessHours.Stderr);
        using var all = JsonDocument.Parse(everyHour.Stdout);
        using var open = JsonDocument.Parse(businessHours.Stdout);
        Assert.Equal((0, 2, false), (all.RootElement.GetProperty("after_hours").GetInt32(), all.RootElement.GetProperty("missed").GetInt32(), all.RootElement.GetProperty("business_hours_only").GetBoolean()));
        Assert.Equal((1, 1, true), (open.RootElement.GetProperty("after_hours").GetInt32(), open.RootElement.GetProperty("missed").GetInt32(), open.RootElement.GetProperty("business_hours_only").GetBoolean()));
        Assert.Equal(15, open.RootElement.GetProperty("avg_wait_s").GetDouble());
        Assert.True(all.RootElement.GetProperty("avg_wait_s").GetDouble() > 200_000);
        Assert.Contains("count business hours only", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("after hours (not missed)", text.Stdout, StringComparison.Ordinal);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var row = File.ReadAllLines(csv).Single(l => l.Contains(",night,", StringComparison.Ordinal));
        Assert.Contains(",after_hours,", row, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
