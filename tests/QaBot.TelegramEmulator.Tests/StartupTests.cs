using System.Diagnostics;
using QaBot.TelegramEmulator.Schema;

namespace QaBot.TelegramEmulator.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task StartAsync_ServesOnDistinctLoopbackPorts_WhenSeveralRunAtOnce()
    {
        var clock = Stopwatch.StartNew();
        var emulators = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TelegramBotApiEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken)));
        var elapsed = clock.Elapsed;
        try
        {
            Assert.Equal(4, emulators.Select(e => e.BaseUrl).Distinct().Count());
            Assert.All(emulators, e => Assert.StartsWith("http://127.0.0.1:", e.BaseUrl, StringComparison.Ordinal));
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"four emulators took {elapsed} to start");
        }
        finally
        {
            foreach (var emulator in emulators)
            {
                await emulator.DisposeAsync();
            }
        }
    }

    [Fact]
    public void Locate_ThrowsNamingThePath_WhenExplicitSchemaIsMissing()
    {
        var error = Assert.Throws<FileNotFoundException>(() => BotApiSchemaLocator.Locate("/nonexistent/api.min.json"));

        Assert.Contains("/nonexistent/api.min.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_FindsSharedSchema_WhenRunFromTheRepository()
    {
        var schema = BotApiSchema.Load(BotApiSchemaLocator.Locate());

        Assert.Equal("Bot API 10.1", schema.Version);
        Assert.True(schema.TryGetMethod("SendMessage", out var sendMessage));
        Assert.Equal(["chat_id", "text"], sendMessage.RequiredFields);
    }
}
