using QaBot.Core.Transcripts;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>
/// The live windows (15m, 60m) through the real host and the emulator (issue 11, defect 3): what a window shows is
/// the chats of those minutes, with the same wait statistics as a day, and the commands that list them accept them.
/// </summary>
public sealed class LiveWindowTests : IAsyncLifetime
{
    private BotScenario _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _bot = await BotScenario.StartAsync();
        var now = DateTimeOffset.UtcNow;
        // Forty minutes ago, before the 15-minute window: Анна. In the last minutes: Борис twice (waits 10 s and 30 s) and op-1 once.
        await _bot.Host.UpsertAsync(
            Answered("early", now.AddMinutes(-40), 15, "op-a", "Анна"),
            Answered("recent-1", now.AddMinutes(-6), 10, "op-b", "Борис"),
            Answered("recent-2", now.AddMinutes(-4), 30, "op-b", "Борис"),
            Answered("recent-3", now.AddMinutes(-3), 20, BotTestHost.OperatorId, "Ирина"));
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Operators_ListsOnlyTheWindowsOperators_WhenAskedForTheLast15Minutes()
    {
        _bot.Say(BotTestHost.Supervisor, "/operators 15m");

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "last 15 min");

        Assert.Contains("Борис", reply.VisibleText, StringComparison.Ordinal);
        Assert.DoesNotContain("Анна", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ShowsMedianAndP90_OfTheWindowsAnsweredChats()
    {
        _bot.Say(BotTestHost.Supervisor, "/stats 15m");

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "last 15 min");

        // waits 10, 20, 30 s: avg 20, median 20, p90 (3rd of 3) 30, max 30.
        Assert.Contains("Wait avg / median / p90 / max: 20s / 20s / 30s / 30s", reply.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_AnswersForTheLast60Minutes_InsteadOfRefusingAPeriodItsHelpLists()
    {
        _bot.Say(BotTestHost.Operator, "/me 60m");

        var reply = await _bot.WaitForAsync(BotTestHost.Operator, "last 60 min");

        Assert.DoesNotContain("understand", reply.VisibleText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staffing 60m")]
    [InlineData("/chart volume 60m")]
    public async Task DayOnlyCommands_SayTheyShowDays_WhenGivenALiveWindow(string command)
    {
        _bot.Say(BotTestHost.Supervisor, command);

        var reply = await _bot.WaitForAsync(BotTestHost.Supervisor, "shows days, not live minutes");

        Assert.Contains(command.Split(' ')[0], reply.VisibleText, StringComparison.Ordinal);
    }

    private static Chat Answered(string id, DateTimeOffset start, int waitSeconds, string operatorId, string name) => new()
    {
        Id = id,
        Source = "webchat",
        Channel = "chat",
        Messages =
        [
            new ChatMessage { Id = "m1", At = start, From = Sender.Customer, Text = "Hi, where is my order?" },
            new ChatMessage { Id = "m2", At = start.AddSeconds(waitSeconds), From = Sender.Operator, Operator = new Party(operatorId, name), Text = "Hello! It ships today." },
        ],
    };
}
