using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// /stats through the real host and the emulator (issue 11, defect 4): the times of each channel are shown on their
/// own against their own threshold, so a slow e-mail does not make the chat queue look slow; counts stay totals.
/// </summary>
public sealed class StatsHeadlineTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var start = now.AddMinutes(-30).UtcDateTime.Date == now.UtcDateTime.Date ? now.AddMinutes(-30) : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);

        // Two chats answered after 10 s and 30 s, one e-mail answered after two hours: all today (business zone UTC).
        await _bot.Host.UpsertAsync(
            Answered("c-1", "chat", start, TimeSpan.FromSeconds(10)),
            Answered("c-2", "chat", start, TimeSpan.FromSeconds(30)),
            Answered("e-1", "email", start, TimeSpan.FromSeconds(1)));
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Stats_ShowsEachChannelsWaitsAgainstItsOwnThreshold_AndTheCountsForAll()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats");

        var reply = (await _bot.WaitForAsync(BotTestHost.Supervisor, "Stats")).VisibleText!;

        Assert.Contains("Chats: 3", reply, StringComparison.Ordinal);
        Assert.Contains("💬 Chat · chats: 2\nService level (≤ 20s): 50%\nWait avg / median / p90 / max: 20s / 20s / 30s / 30s", reply, StringComparison.Ordinal);
        Assert.Contains("✉️ E-mail · chats: 1\nService level (≤ 4h 00m): 100%\nWait avg / median / p90 / max: 1s / 1s / 1s / 1s", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_InRussian_NamesTheChannelsAndPercentagePointsInRussian()
    {
        _bot.Say(BotTestHost.Supervisor, "/lang ru");
        await _bot.WaitForAsync(BotTestHost.Supervisor, "по-русски");
        _bot.Say(BotTestHost.Supervisor, "/stats");

        var reply = (await _bot.WaitForAsync(BotTestHost.Supervisor, "Чаты")).VisibleText!;

        Assert.Contains("💬 Чат · чатов: 2", reply, StringComparison.Ordinal);
        Assert.Contains("✉️ Почта · чатов: 1", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("pp", reply, StringComparison.Ordinal);
    }

    private static Chat Answered(string id, string channel, DateTimeOffset start, TimeSpan wait) => new()
    {
        Id = id,
        Source = "webchat",
        Channel = channel,
        Messages =
        [
            new ChatMessage { Id = "m1", At = start, From = Sender.Customer, Text = "Hi, where is my order?" },
            new ChatMessage { Id = "m2", At = start + wait, From = Sender.Operator, Operator = new Party("op-1", "Ирина"), Text = "Hello! It ships today." },
        ],
    };
}
