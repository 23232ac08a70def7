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
        "conversion_rate", "sales_conversion_rate", "fcr_rate", "canned_share", "qa_score_avg", "checks", "to_review", "by_hour",
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

    public void Dispose() => _dir.Dispose();
}
