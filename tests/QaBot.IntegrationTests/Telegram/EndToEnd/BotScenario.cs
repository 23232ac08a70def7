using QaBot.IntegrationTests.Infrastructure;
using QaBot.TelegramEmulator;
using QaBot.TelegramEmulator.Recording;

namespace QaBot.IntegrationTests.Telegram.EndToEnd;

/// <summary>One test's world: a Bot API emulator, a data directory, and the service running against both.</summary>
public sealed class BotScenario : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string[] _config;

    private BotScenario(TelegramBotApiEmulator emulator, string[] config)
    {
        Emulator = emulator;
        _config = config;
    }

    public TelegramBotApiEmulator Emulator { get; }

    public TempDirectory Data { get; } = new();

    public BotTestHost Host { get; private set; } = null!;

    public static async Task<BotScenario> StartAsync(params string[] config)
    {
        var scenario = new BotScenario(await TelegramBotApiEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken), config);
        scenario.Host = await BotTestHost.StartAsync(scenario.Emulator, scenario.Data, config);
        return scenario;
    }

    /// <summary>Stops the service gracefully and starts it again on the same database and emulator.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await BotTestHost.StartAsync(Emulator, Data, _config);
    }

    public Task StopAsync() => Host.DisposeAsync().AsTask();

    /// <summary>A user writes in their private chat (chat id = user id).</summary>
    public void Say(long userId, string text, string language = "en") => Emulator.PushMessage(userId, userId, text, language);

    public Task<RecordedMessage> WaitForAsync(long chatId, string visibleText) =>
        Emulator.WaitForAsync(m => m.ChatId == chatId && m.VisibleText?.Contains(visibleText, StringComparison.Ordinal) == true, Patience, TestContext.Current.CancellationToken);

    public IReadOnlyList<RecordedMessage> SentTo(long chatId) => [.. Emulator.SentMessages.Where(m => m.ChatId == chatId)];

    public async ValueTask DisposeAsync()
    {
        // The service's warnings and errors go with the test's output: the first place to look when it fails.
        foreach (var line in Host.Logs.Lines)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        await Host.DisposeAsync();
        await Emulator.DisposeAsync();
        Data.Dispose();
    }
}
