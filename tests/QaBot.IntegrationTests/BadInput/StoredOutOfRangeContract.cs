using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Jobs;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.BadInput;

/// <summary>
/// A database that already holds an out-of-range instant (written before the doors checked them, or by hand) must not
/// break anything: the KPIs, the rollups and the jobs skip that chat and log it, instead of failing on every run.
/// </summary>
public abstract class StoredOutOfRangeContract : StoreProcessContract
{
    [Fact]
    public async Task KpiAndDailySummary_KeepWorkingAndSkipTheChat_WhenTheStoreHoldsYears0001And9999()
    {
        var store = await StoreArgumentAsync();
        var file = Dir.File("week.jsonl");
        Assert.Equal(0, (await QaBotProcess.RunAsync(Dir.Path, "generate", "--out", file, "--days", "2", "--chats-per-day", "20", "--start", "2026-11-16")).ExitCode);
        Assert.Equal(0, (await QaBotProcess.RunAsync(Dir.Path, "import", file, store)).ExitCode);
        var before = await KpiAsync(store);

        await using (var server = await QaBotServer.StartAsync(store))
        {
            // Straight into the store, past the doors: what an older QaBot let in.
            await server.Store.UpsertAsync(
            [
                OutOfRange("far-future", new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero)),
                OutOfRange("year-one", new DateTimeOffset(1, 1, 1, 0, 0, 1, TimeSpan.Zero)),
                OutOfRange("ends-in-9999", new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.Zero)) with
                {
                    EndedAt = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero),
                },
            ], Ct);

            var summary = await server.Services.GetRequiredService<DailySummaryJob>().RunAsync(new DateOnly(2026, 11, 16), Ct);
            Assert.True(summary);
        }

        // The first report after the write recomputes the touched day: that is where the skip is logged, on stderr,
        // while stdout stays the JSON report.
        var first = await QaBotProcess.RunAsync(Dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-17", "--format", "json", store);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("Chat legacy/ends-in-9999 skipped", first.Stderr, StringComparison.Ordinal);
        var after = JsonDocument.Parse(first.Stdout).RootElement;
        var again = await KpiAsync(store);

        Assert.Equal(before.GetProperty("chats").GetInt32(), after.GetProperty("chats").GetInt32());
        Assert.Equal(after.GetRawText(), again.GetRawText());
    }

    private async Task<JsonElement> KpiAsync(string store)
    {
        var kpi = await QaBotProcess.RunAsync(Dir.Path, "kpi", "--from", "2026-11-16", "--to", "2026-11-17", "--format", "json", store);
        Assert.True(kpi.ExitCode == 0, kpi.Stderr);
        return JsonDocument.Parse(kpi.Stdout).RootElement.Clone();
    }

    private static Chat OutOfRange(string id, DateTimeOffset at) => new()
    {
        Id = id,
        Source = "legacy",
        Messages =
        [
            new ChatMessage { Id = "m1", At = at, From = Sender.Customer, Text = "hello" },
            new ChatMessage { Id = "m2", At = at.Year < 9999 ? at.AddSeconds(5) : at, From = Sender.Operator, Text = "Hi!", Operator = new Party("op-x") },
        ],
    };
}
