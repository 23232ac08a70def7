using System.Text.Json.Nodes;
using QaBot.Core.Abstractions;
using QaBot.Core.Kpis;
using QaBot.Core.Kpis.Reports;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Kpis.Rollups;
using static QaBot.IntegrationTests.Kpis.KpiTestData;

namespace QaBot.IntegrationTests.Kpis;

/// <summary>
/// The KPI service on a real store, run against SQLite and PostgreSQL: reports read from rollups must be exactly the
/// reports computed from the chats, and a change to a rolled-up day must show at once.
/// </summary>
public abstract class KpiServiceContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty database's stores, not migrated yet.</summary>
    protected abstract Task<(ITranscriptStore Transcripts, IChatResultStore Results, KpiRollupStore Rollups)> CreateStorageAsync();

    [Fact]
    public async Task ComputeAsync_EqualsTheReportFromChats_WhenEveryDayComesFromRollups()
    {
        var kpis = await LoadedAsync();
        await kpis.RollupService.RebuildAsync(FirstDay.AddDays(-40), FirstDay.AddDays(Days + 10), Ct);
        kpis.Transcripts.Reset();
        var random = new Random(2024);
        var operators = Chats.SelectMany(c => c.Messages).Select(m => m.Operator?.Id).OfType<string>().Distinct().Order().ToList();

        for (var i = 0; i < 12; i++)
        {
            var from = FirstDay.AddDays(random.Next(-3, Days));
            var request = kpis.Request(from, from.AddDays(random.Next(0, 14)));
            request = (i % 4) switch
            {
                1 => request with { Group = "support" },
                2 => request with { OperatorId = operators[random.Next(operators.Count)] },
                3 => request with { Group = "SALES" },
                _ => request,
            };

            var (fromRollups, fromChats) = await kpis.BothAsync(request, Ct);

            Assert.Equal(fromChats, fromRollups);
        }

        Assert.Equal(0, kpis.Transcripts.Queries);
    }

    [Fact]
    public async Task ComputeAsync_MatchesTheEngineOnADay_ExceptCannedShare()
    {
        var kpis = await LoadedAsync();
        var engine = new KpiEngine(kpis.Settings.Kpi);
        var whole = await kpis.Service.ComputeAsync(kpis.Request(FirstDay, FirstDay.AddDays(Days - 1)), Ct);

        foreach (var offset in new[] { 0, 4, 9, 15, 20 })
        {
            var request = kpis.Request(FirstDay.AddDays(offset), FirstDay.AddDays(offset));
            var input = await EngineInputAsync(kpis, engine.InputQuery(request));

            var expected = engine.Compute(input, request);
            var actual = await kpis.Service.ComputeAsync(request, Ct);

            Assert.Equal(Comparable(expected), Comparable(actual));
        }

        Assert.True(whole.Totals.Chats > 500);
        Assert.NotNull(whole.Totals.FcrRate);
        Assert.NotNull(whole.Totals.CannedShare);
        Assert.NotNull(whole.Totals.QaScoreAvg);
    }

    [Fact]
    public async Task ComputeAsync_ShowsAChangedChatAtOnce_WhenItsDayWasRolledUp()
    {
        var kpis = await LoadedAsync();
        var missed = Chats.First(c => c.EndedAt is not null && !c.Messages.Any(m => m.From == Sender.Operator) && c.Messages.Any(m => m.From == Sender.Customer));
        var t0 = missed.Messages.First(m => m.From == Sender.Customer).At;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t0, kpis.Settings.TimeZone).DateTime);
        var request = kpis.Request(day, day);
        await kpis.RollupService.RebuildAsync(day.AddDays(-20), day.AddDays(20), Ct);
        var before = await kpis.Service.ComputeAsync(request, Ct);

        var answer = new ChatMessage { Id = "late-answer", At = t0.AddSeconds(15), From = Sender.Operator, Text = "Здравствуйте!", Operator = new Party("op-1", null) };
        await kpis.Transcripts.UpsertAsync([missed with { Messages = [answer] }], Ct);
        var changed = await kpis.Service.ComputeAsync(request, Ct);
        var fromChats = KpiJson.Serialize(await kpis.Direct.ComputeAsync(request, Ct));

        Assert.Equal(before.Totals.Answered + 1, changed.Totals.Answered);
        Assert.Equal(fromChats, KpiJson.Serialize(changed));

        Assert.True(await kpis.RollupService.RefreshAsync(Ct) > 0);
        kpis.Transcripts.Reset();
        var (refreshed, _) = await kpis.BothAsync(request, Ct);
        Assert.Equal(fromChats, refreshed);
        Assert.Equal(0, kpis.Transcripts.Queries);
    }

    [Fact]
    public async Task ComputeAsync_KeepsReadingEarlierDaysFromRollups_WhenANewChatCannotReachTheirFcr()
    {
        var kpis = await LoadedAsync();
        var lastDay = FirstDay.AddDays(Days - 1);
        await kpis.RollupService.RebuildAsync(FirstDay.AddDays(-10), lastDay, Ct);
        var start = new DateTimeOffset(lastDay.ToDateTime(new TimeOnly(20, 0)), TimeSpan.FromHours(3));

        await kpis.Transcripts.UpsertAsync([new Chat
        {
            Id = "new", Source = "web", Customer = new Party("someone-new", null), EndedAt = start.AddMinutes(5),
            Messages = [new ChatMessage { Id = "m1", At = start, From = Sender.Customer, Text = "Привет" }],
        }], Ct);
        kpis.Transcripts.Reset();
        // Four days earlier every FCR window is still open at the new chat's time: nothing there can change.
        var (earlier, earlierFromChats) = await kpis.BothAsync(kpis.Request(lastDay.AddDays(-4), lastDay.AddDays(-4)), Ct);
        var queriesForEarlier = kpis.Transcripts.Queries;
        var (sameDay, sameDayFromChats) = await kpis.BothAsync(kpis.Request(lastDay, lastDay), Ct);

        Assert.Equal(0, queriesForEarlier);
        Assert.Equal(earlierFromChats, earlier);
        Assert.True(kpis.Transcripts.Queries > 0);
        Assert.Equal(sameDayFromChats, sameDay);
    }

    [Fact]
    public async Task ComputeAsync_RecomputesAnEarlierDay_WhenALateRepeatContactUndoesItsFcr()
    {
        var kpis = await LoadedAsync();
        await kpis.RollupService.RebuildAsync(FirstDay.AddDays(-10), FirstDay.AddDays(Days), Ct);
        var day = FirstDay.AddDays(2);
        var zone = kpis.Settings.TimeZone;
        var resolved = Chats.First(c => c.EndedAt is not null && c.Customer?.Id is { Length: > 0 }
            && c.Messages.Any(m => m.From == Sender.Operator) && !c.Messages.Any(m => m.IsTransfer)
            && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Messages[0].At, zone).DateTime) == day);
        var request = kpis.Request(day, day);
        var before = KpiJson.Serialize(await kpis.Service.ComputeAsync(request, Ct));

        var comeback = resolved.EndedAt!.Value.AddDays(2);
        await kpis.Transcripts.UpsertAsync([new Chat
        {
            Id = "comeback", Source = resolved.Source, Customer = resolved.Customer, EndedAt = comeback.AddMinutes(3),
            Messages = [new ChatMessage { Id = "m1", At = comeback, From = Sender.Customer, Text = "Это снова я" }],
        }], Ct);
        kpis.Transcripts.Reset();
        var (after, fromChats) = await kpis.BothAsync(request, Ct);

        Assert.True(kpis.Transcripts.Queries > 0);
        Assert.Equal(fromChats, after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task WorstAsync_ListsOnlyChatsThatLostPoints_AndOnlyTheGroupsWhenOneIsGiven()
    {
        var (transcripts, results, _) = await CreateStorageAsync();
        await transcripts.MigrateAsync(Ct);
        QaBot.Core.Transcripts.Chat Answered(string id, string group) => Infrastructure.Chats.Chat(id,
            Infrastructure.Chats.Customer("m1", 0, "Hi"), Infrastructure.Chats.Operator("m2", 10, "Hello!")) with { Group = group };
        var (a, b, c) = (Answered("w-1", "sales"), Answered("w-2", "support"), Answered("w-3", "sales"));
        await transcripts.UpsertAsync([a, b, c], Ct);
        await results.SaveResultsAsync([Result(a, qaScore: 40, salesIntent: false), Result(b, qaScore: 10, salesIntent: false), Result(c, qaScore: 100, salesIntent: false)], Ct);
        var (from, to) = (Infrastructure.Chats.T0.AddHours(-1), Infrastructure.Chats.T0.AddHours(1));

        var all = await results.WorstAsync(from, to, 10, null, Ct);
        var sales = await results.WorstAsync(from, to, 10, "sales", Ct);

        Assert.Equal(["w-2", "w-1"], all.Select(r => r.Key.Id));
        Assert.Equal(["w-1"], sales.Select(r => r.Key.Id));
    }

    [Fact]
    public async Task ComputeAsync_ShowsANewQaScoreAtOnce_WhenItsDayWasRolledUp()
    {
        var kpis = await LoadedAsync();
        var request = kpis.Request(FirstDay.AddDays(3), FirstDay.AddDays(3));
        await kpis.RollupService.RebuildAsync(FirstDay, FirstDay.AddDays(Days), Ct);
        var before = await kpis.Service.ComputeAsync(request, Ct);
        var chat = Chats.First(c => c.Messages.Any(m => m.From == Sender.Customer)
            && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.Messages.First(m => m.From == Sender.Customer).At, kpis.Settings.TimeZone).DateTime) == request.From
            && c.Messages.Any(m => m.From == Sender.Operator));

        await kpis.Results.SaveResultsAsync([Result(chat, qaScore: 0, salesIntent: false) with { Revision = 2 }], Ct);
        var (after, fromChats) = await kpis.BothAsync(request, Ct);

        Assert.Equal(fromChats, after);
        Assert.NotEqual(KpiJson.Serialize(before), after);
    }

    [Fact]
    public async Task RefreshAsync_RollsUpChatsStoredBeforeTheKpiTablesExisted()
    {
        var (transcripts, results, rollups) = await CreateStorageAsync();
        await transcripts.MigrateAsync(Ct);
        await transcripts.UpsertAsync([.. Chats.Take(300)], Ct);
        await rollups.MigrateAsync(Ct);
        var kpis = new KpiHarness(transcripts, results, rollups, Now);

        var stored = await kpis.RollupService.RefreshAsync(Ct);
        kpis.Transcripts.Reset();
        var (fromRollups, fromChats) = await kpis.BothAsync(kpis.Request(FirstDay, FirstDay.AddDays(6)), Ct);

        Assert.True(stored >= 7);
        Assert.Equal(fromChats, fromRollups);
        Assert.Equal(0, kpis.Transcripts.Queries);
    }

    [Fact]
    public async Task ComputeAsync_ReadsAnOpenChatsDayFromChats_UntilItHasSettled()
    {
        // Yesterday 23:50 a customer wrote twice and nobody answered: at 00:05 the chat is still open (waiting), at 00:30 missed.
        var midnight = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.FromHours(3));
        var kpis = await CreateKpisAsync(midnight.AddMinutes(5));
        await kpis.UpsertAsync([new Chat
        {
            Id = "late", Source = "web",
            Messages =
            [
                new ChatMessage { Id = "m1", At = midnight.AddMinutes(-10), From = Sender.Customer, Text = "Добрый вечер" },
                new ChatMessage { Id = "m2", At = midnight.AddMinutes(-9), From = Sender.Customer, Text = "Есть кто?" },
            ],
        }], Ct);
        var yesterday = new DateOnly(2026, 12, 1);
        Assert.Equal(1, await kpis.RollupService.RebuildAsync(yesterday, yesterday, Ct));

        var waiting = await kpis.Service.ComputeAsync(kpis.Request(yesterday, yesterday), Ct);
        kpis.Time.Advance(TimeSpan.FromMinutes(25));
        kpis.Transcripts.Reset();
        var (missed, fromChats) = await kpis.BothAsync(kpis.Request(yesterday, yesterday), Ct);
        var queriedBeforeRefresh = kpis.Transcripts.Queries;
        Assert.True(await kpis.RollupService.RefreshAsync(Ct) > 0);
        kpis.Transcripts.Reset();
        var (settled, _) = await kpis.BothAsync(kpis.Request(yesterday, yesterday), Ct);

        Assert.Equal((1, 0), (waiting.Totals.Waiting, waiting.Totals.Missed));
        Assert.Equal(fromChats, missed);
        Assert.Contains("\"missed\":1,", missed, StringComparison.Ordinal);
        Assert.True(queriedBeforeRefresh > 0);
        Assert.Equal(fromChats, settled);
        Assert.Equal(0, kpis.Transcripts.Queries);
    }

    [Fact]
    public async Task ComputeAsync_ComparesTodaySoFar_WithTheSameHoursOfYesterday()
    {
        // Today until 07:30 (Moscow): one chat. Yesterday: 06:00 and 07:00 before 07:30, 09:00 and 15:00 after it.
        var today = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.FromHours(3));
        var kpis = await CreateKpisAsync(today.AddHours(7.5));
        Chat Answered(string id, DateTimeOffset at) => new()
        {
            Id = id, Source = "web", EndedAt = at.AddMinutes(5),
            Messages =
            [
                new ChatMessage { Id = "m1", At = at, From = Sender.Customer, Text = "Добрый день" },
                new ChatMessage { Id = "m2", At = at.AddSeconds(10), From = Sender.Operator, Text = "Здравствуйте!", Operator = new Party("op-1", null) },
            ],
        };
        await kpis.UpsertAsync([Answered("y-06", today.AddHours(-18)), Answered("y-07", today.AddHours(-17)),
            Answered("y-09", today.AddHours(-15)), Answered("y-15", today.AddHours(-9)), Answered("t-06", today.AddHours(6.5))], Ct);
        var yesterday = new DateOnly(2026, 12, 1);
        await kpis.RollupService.RebuildAsync(yesterday, yesterday, Ct);

        var (fromRollups, fromChats) = await kpis.BothAsync(kpis.Request(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2)), Ct);
        var overDay = await kpis.Service.ComputeAsync(kpis.Request(yesterday, yesterday), Ct);

        Assert.Equal(fromChats, fromRollups);
        var trend = JsonNode.Parse(fromRollups)!["trend"]!;
        Assert.Equal(2, (int)trend["previous"]!["chats"]!);
        Assert.Equal(-1, (int)trend["delta"]!["chats"]!);
        Assert.Equal("2026-12-01T07:30:00", (string?)trend["until"]);
        Assert.Equal(4, overDay.Totals.Chats);
        Assert.Null(overDay.Trend.Until);
    }

    private async Task<KpiHarness> CreateKpisAsync(DateTimeOffset now)
    {
        var (transcripts, results, rollups) = await CreateStorageAsync();
        await transcripts.MigrateAsync(Ct);
        await rollups.MigrateAsync(Ct);
        return new KpiHarness(transcripts, results, rollups, now);
    }

    private async Task<KpiHarness> LoadedAsync()
    {
        var kpis = await CreateKpisAsync(Now);
        await kpis.UpsertAsync(Chats, Ct);
        await kpis.Results.SaveResultsAsync(Results(Chats), Ct);
        return kpis;
    }

    private static async Task<List<KpiChat>> EngineInputAsync(KpiHarness kpis, ChatQuery query)
    {
        var results = await kpis.Results.GetResultsAsync(query.From, query.To, Ct);
        var input = new List<KpiChat>();
        await foreach (var chat in kpis.Transcripts.QueryAsync(query, Ct))
        {
            input.Add(results.TryGetValue(chat.Key, out var r)
                ? new KpiChat(chat) { QaScore = r.QaScore, Checks = r.Checks, SalesIntent = r.SalesIntent }
                : new KpiChat(chat));
        }

        return input;
    }

    /// <summary>
    /// The report without what legitimately differs: canned by repetition counts the texts of the day's own chats in
    /// the service (so a stored day never depends on the period around it) but of the whole input in the engine; and
    /// the engine computes the trend's previous day with the current day's context (one more day of FCR look-ahead).
    /// </summary>
    private static string Comparable(KpiReport report)
    {
        var json = KpiJson.ToJsonObject(report);
        json.Remove("trend");
        Strip(json);
        return json.ToJsonString();

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                obj.Remove("canned_share");
                foreach (var (_, child) in obj)
                {
                    Strip(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    Strip(child);
                }
            }
        }
    }
}
