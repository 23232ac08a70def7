using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Generation;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Quality;
using QaBot.IntegrationTests.Infrastructure;
using QaBot.IntegrationTests.Telegram.EndToEnd;

namespace QaBot.IntegrationTests.Telegram.Load;

/// <summary>
/// Measurements, not tests: they print numbers and assert nothing about time. Run them on purpose with
/// <c>dotnet test tests/QaBot.IntegrationTests --filter "FullyQualifiedName~TelegramLoadMeasurements" -- xUnit.Explicit=only</c>.
/// </summary>
public sealed partial class TelegramLoadMeasurements
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// 200 new live chats a second for 15 s over HTTP ingest; 70 % answered after 0.3 s, the rest wait past
    /// AfterSeconds (1 s). Latency = when the emulator recorded the alert naming the chat − (first message + 1 s).
    /// Telegram's 20/min per-group limit is lifted here to measure QaBot itself. On the embedded SQLite store and on
    /// PostgreSQL.
    /// </summary>
    [Theory(Explicit = true)]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AlertLatency_At200LiveChatsPerSecond(string store)
    {
        string[] config = ["--Alerts:BurstSeconds=0", "--Telegram:Delivery:GroupPerMinute=1000", "--Telegram:Delivery:GlobalPerSecond=1000"];
        if (store == "postgres")
        {
            config = [.. config, $"--Storage:ConnectionString={await TestPostgres.CreateDatabaseAsync("alert_latency")}"];
        }

        await using var bot = await BotScenario.StartAsync(config);
        var starts = new Dictionary<string, DateTimeOffset>();
        var answerLater = new List<(string Id, DateTimeOffset Start)>();
        var answered = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var posts = new List<Task>();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            // 10 chats every 50 ms = 200 chats/s, plus the answers that are due.
            var now = DateTimeOffset.UtcNow;
            var lines = new List<object>();
            for (var i = 0; i < 10; i++, sent++)
            {
                var id = $"load-{sent}";
                starts[id] = now;
                lines.Add(Chat(id, Msg("m1", now, "customer", $"Вопрос {sent}")));
                if (sent % 10 < 7)
                {
                    answerLater.Add((id, now));
                }
            }

            foreach (var (id, start) in answerLater.Where(a => now - a.Start >= TimeSpan.FromMilliseconds(300)).ToList())
            {
                lines.Add(Chat(id, Msg("m2", now, "operator", "Здравствуйте!")));
                answerLater.Remove((id, start));
                answered.Add(id);
            }

            // Fired without waiting, like independent webhooks: the schedule does not slow down with the service.
            posts.Add(PostJsonLinesAsync(bot, lines));
            var wait = TimeSpan.FromMilliseconds(50 * (sent / 10)) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, Ct);
            }
        }

        await Task.WhenAll(posts);
        // The chats whose answer the loop never sent (30 %, and those started in its last 0.3 s) must be alerted.
        var unanswered = starts.Keys.Except(answered).ToHashSet();
        try
        {
            await Eventually.WaitUntilAsync(() => Alerted(bot).Keys.Count(unanswered.Contains) >= unanswered.Count, TimeSpan.FromSeconds(20), "every unanswered chat alerted");
        }
        catch (TimeoutException)
        {
            // Reported below: how many were alerted at all.
        }

        var latencies = Alerted(bot).Where(p => unanswered.Contains(p.Key)).Select(p => (p.Value - starts[p.Key] - TimeSpan.FromSeconds(1)).TotalMilliseconds).Order().ToList();
        var falseAlerts = Alerted(bot).Keys.Count(id => !unanswered.Contains(id));
        TestContext.Current.TestOutputHelper!.WriteLine(
            $"{store}: chats {sent} in {clock.Elapsed.TotalSeconds:0.0} s, unanswered {unanswered.Count}, alerted {latencies.Count}, false alerts {falseAlerts}, " +
            $"alert messages {bot.SentTo(BotTestHost.TeamChat).Count(m => !m.IsEdit)}, edits {bot.SentTo(BotTestHost.TeamChat).Count(m => m.IsEdit)}; " +
            $"alert latency after AfterSeconds: p50 {latencies[latencies.Count / 2]:0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0} ms, max {latencies[^1]:0} ms");
    }

    /// <summary>
    /// /stats 30d over 30 generated days (500 chats a day): the time inside the service (the dispatcher's "answered in"
    /// log line) and from the command to the reply recorded by the emulator, before the rollups exist (every day read
    /// from the chats) and once the 10-minute rollup job has run (past days from kpi_rollups, today from the chats).
    /// </summary>
    [Fact(Explicit = true)]
    public async Task Stats30d_ReplyTime()
    {
        await using var bot = await BotScenario.StartAsync("--Alerts:Enabled=false", "--Logging:LogLevel:QaBot.Infrastructure.Telegram.Updates=Information");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var chats = new TranscriptGenerator().Generate(new GeneratorSettings { StartDate = today.AddDays(-29), Days = 30, ChatsPerDay = 500, TimeZone = TimeZoneInfo.Utc }).ToList();
        foreach (var batch in chats.Chunk(2000))
        {
            await bot.Host.Store.UpsertAsync(batch, Ct);
        }

        // The steady state a supervisor asks in: every chat checked and scored (the background worker is idle).
        var quality = bot.Host.Services.GetRequiredService<ChatQuality>();
        var results = bot.Host.Services.GetRequiredService<IChatResultStore>();
        await Eventually.WaitUntilAsync(() => results.FindStaleAsync(quality.Version, 1, Ct).Result.Count == 0, TimeSpan.FromMinutes(5), "every chat scored");
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{chats.Count} chats; /stats 30d, inside the service / command pushed → reply recorded:");
        output.WriteLine($"  before rollups: {await AskStats30dAsync(bot)}");
        var refresh = Stopwatch.StartNew();
        await bot.Host.Services.GetRequiredService<KpiRollupService>().RefreshAsync(Ct);
        output.WriteLine($"  rollup refresh took {refresh.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine($"  with rollups:   {await AskStats30dAsync(bot)}");
    }

    private static async Task<string> AskStats30dAsync(BotScenario bot)
    {
        var runs = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            var before = StatsReplies(bot);
            var logged = bot.Host.Logs.Lines.Count;
            var clock = Stopwatch.StartNew();
            bot.Say(BotTestHost.Supervisor, "/stats 30d");
            await Eventually.WaitUntilAsync(() => StatsReplies(bot) > before, TimeSpan.FromMinutes(2), "the reply");
            var endToEnd = clock.Elapsed.TotalMilliseconds;
            await Eventually.WaitUntilAsync(() => bot.Host.Logs.Lines.Skip(logged).Any(l => AnsweredIn().IsMatch(l)), TimeSpan.FromSeconds(10), "the dispatcher's log line");
            var inside = bot.Host.Logs.Lines.Skip(logged).Select(l => AnsweredIn().Match(l)).First(m => m.Success).Groups[1].Value;
            runs.Add($"{inside} / {endToEnd:0} ms");
        }

        return string.Join(", ", runs);
    }

    /// <summary>The /stats replies (rude-message alerts also go to supervisors).</summary>
    private static int StatsReplies(BotScenario bot) => bot.SentTo(BotTestHost.Supervisor).Count(m => m.VisibleText?.StartsWith("📊", StringComparison.Ordinal) == true);

    [GeneratedRegex(@"/stats for Telegram user \d+ answered in (\d+) ms")]
    private static partial Regex AnsweredIn();

    private static Dictionary<string, DateTimeOffset> Alerted(BotScenario bot)
    {
        var first = new Dictionary<string, DateTimeOffset>();
        foreach (var message in bot.SentTo(BotTestHost.TeamChat))
        {
            foreach (var line in (message.VisibleText ?? string.Empty).Split('\n'))
            {
                var at = line.IndexOf("webchat/load-", StringComparison.Ordinal);
                if (at >= 0)
                {
                    first.TryAdd(line[(at + "webchat/".Length)..].Trim(), message.RecordedAt);
                }
            }
        }

        return first;
    }

    private static object Chat(string id, object message) => new { id, source = "webchat", group = "load", messages = new[] { message } };

    private static object Msg(string id, DateTimeOffset at, string from, string text) => from == "operator"
        ? new { id, at = at.ToString("O", CultureInfo.InvariantCulture), from, text, @operator = new { id = "op-1", name = "Ирина" } }
        : new { id, at = at.ToString("O", CultureInfo.InvariantCulture), from, text };

    private static async Task PostJsonLinesAsync(BotScenario bot, IEnumerable<object> chats)
    {
        var body = string.Join('\n', chats.Select(c => System.Text.Json.JsonSerializer.Serialize(c)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/transcripts") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", QaBotServer.ApiKey);
        using var response = await bot.Host.Client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
    }
}
