using System.Text;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.IntegrationTests.Infrastructure;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>/export through the real host and the emulator (issue 11): a CSV document whose rows equal the KPI counts.</summary>
public sealed class ExportTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        // 2026-11-20: answered in 10 s, answered in 30 s, missed, and a short abandon; a customer name that looks like a formula.
        await _bot.Host.UpsertAsync([.. TeamDay.Chats(), Chat("c-4", Customer("m1", 180, "oops")) with { EndedAt = T0.AddSeconds(183), Customer = new("cu-9", "=HYPERLINK(\"x\")") }]);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_SendsACsvWhoseRowsEqualTheKpiCounts()
    {
        _bot.Say(BotTestHost.Supervisor, "/export 2026-11-20");

        var document = await _bot.Emulator.WaitForAsync(m => m.ChatId == BotTestHost.Supervisor && m.Method == "sendDocument", BotScenario.Patience, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(document.FileContent!).TrimEnd('\n').Split('\n');
        var header = CsvLine.Split(lines[0]).ToList();
        var outcomes = lines.Skip(1).Select(l => CsvLine.Split(l)[header.IndexOf("outcome")]).ToList();
        var kpi = await _bot.Host.Services.GetRequiredService<IKpiService>().ComputeAsync(
            new KpiRequest(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), TimeZoneInfo.Utc, DateTimeOffset.UtcNow), TestContext.Current.CancellationToken);

        Assert.Equal("qabot-2026-11-20.csv", document.FileName);
        Assert.Contains("4 rows", document.VisibleText, StringComparison.Ordinal);
        Assert.Equal(kpi.Totals.Chats, outcomes.Count);
        Assert.Equal(kpi.Totals.Answered, outcomes.Count(o => o == "answered"));
        Assert.Equal(kpi.Totals.Missed, outcomes.Count(o => o == "missed"));
        Assert.Equal(kpi.Totals.ShortAbandons, outcomes.Count(o => o == "short_abandon"));
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[^1], StringComparison.Ordinal);
        Assert.Contains("politeness", header);
    }

    [Fact]
    public async Task Export_KeepsTheGroup_AndRefusesOperators()
    {
        _bot.Say(BotTestHost.Supervisor, "/export sales 2026-11-20");
        _bot.Say(BotTestHost.Operator, "/export 2026-11-20");

        var document = await _bot.Emulator.WaitForAsync(m => m.ChatId == BotTestHost.Supervisor && m.Method == "sendDocument", BotScenario.Patience, TestContext.Current.CancellationToken);
        var refused = await _bot.WaitForAsync(BotTestHost.Operator, "only their own numbers");

        var rows = Encoding.UTF8.GetString(document.FileContent!).TrimEnd('\n').Split('\n').Skip(1).ToList();
        Assert.Equal("qabot-2026-11-20-sales.csv", document.FileName);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Contains(",sales,", row, StringComparison.Ordinal));
        Assert.DoesNotContain(_bot.SentTo(BotTestHost.Operator), m => m.Method == "sendDocument");
    }
}
