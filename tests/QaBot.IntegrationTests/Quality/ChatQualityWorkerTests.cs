using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Transcripts;
using QaBot.Host.Cli;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;
using QaBot.IntegrationTests.Infrastructure;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Quality;

/// <summary>
/// The scoring pipeline as the service runs it: stored chats, the shipped ML.NET models and phrase lists, results
/// stored per chat and recomputed when a chat grows.
/// </summary>
public sealed class ChatQualityWorkerTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly IHost _host;

    public ChatQualityWorkerTests()
    {
        _host = QaBotCli.BuildVerbHost([$"--Storage:DataDirectory={_dir.Path}"]);
        _host.Services.MigrateAllAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    private ITranscriptStore Store => _host.Services.GetRequiredService<ITranscriptStore>();

    private IChatResultStore Results => _host.Services.GetRequiredService<IChatResultStore>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScoreStale_StoresAZeroScoreWithEvidence_WhenAnOperatorIsRude()
    {
        var rude = Chat("rude",
            Customer("m1", 0, "Здравствуйте, где мой заказ? Жду уже неделю."),
            Operator("m2", 10, "Отстаньте, я и так всё объяснил. Читать не умеете?"),
            Customer("m3", 30, "Это ужасно")) with { Language = "ru", EndedAt = T0.AddMinutes(5) };
        var polite = Chat("polite",
            Customer("m1", 0, "Hello, where is my order?"),
            Operator("m2", 8, "Hello! Let me check, one moment please."),
            Operator("m3", 40, "Thank you for waiting! Your order ships tomorrow."),
            Customer("m4", 50, "Great, thanks"),
            Operator("m5", 55, "Is there anything else I can help you with? Have a nice day!")) with { Language = "en", EndedAt = T0.AddMinutes(2) };
        await Store.UpsertAsync([rude, polite], Ct);

        var scored = await ChatQualityWorker.ScoreStaleAsync(_host.Services, 100, Ct);

        Assert.Equal(2, scored);
        var rudeResult = (await Results.GetResultAsync(rude.Key, Ct))!;
        Assert.Equal(0, rudeResult.QaScore);
        Assert.Equal(CheckOutcomeNames.Fail, rudeResult.Checks[CheckNames.Politeness]);
        Assert.Equal(["m2"], rudeResult.Evidence[CheckNames.Politeness]);
        var politeResult = (await Results.GetResultAsync(polite.Key, Ct))!;
        Assert.Equal(100, politeResult.QaScore);
        Assert.True(politeResult.Politeness.Values.All(p => p < 0.5f), string.Join(", ", politeResult.Politeness));
        Assert.Equal(0, await ChatQualityWorker.ScoreStaleAsync(_host.Services, 100, Ct));
    }

    [Fact]
    public async Task ScoreStale_RecomputesTheResult_WhenTheChatGrows()
    {
        var chat = Chat("grows", Customer("m1", 0, "Hi, is anyone there?")) with { Language = "en" };
        await Store.UpsertAsync([chat], Ct);
        await ChatQualityWorker.ScoreStaleAsync(_host.Services, 100, Ct);
        Assert.Null((await Results.GetResultAsync(chat.Key, Ct))!.QaScore); // unanswered so far: no QA score

        await Store.UpsertAsync([Chat("grows", Operator("m2", 90, "Hi! Sorry, how can I help?")) with { EndedAt = T0.AddMinutes(3) }], Ct);
        var rescored = await ChatQualityWorker.ScoreStaleAsync(_host.Services, 100, Ct);

        var result = (await Results.GetResultAsync(chat.Key, Ct))!;
        Assert.Equal(1, rescored);
        Assert.NotNull(result.QaScore);
        Assert.Equal(CheckOutcomeNames.Fail, result.Checks[CheckNames.FirstResponseSla]); // 90 s > 20 s
        Assert.Equal(2, result.Revision);
    }

    [Fact]
    public void Models_FailWithThePath_WhenAModelFileIsMissing()
    {
        using var host = QaBotCli.BuildVerbHost([$"--Storage:DataDirectory={_dir.Path}", $"--Scoring:ModelsDirectory={_dir.File("nowhere")}"]);

        var ex = Assert.ThrowsAny<Exception>(() => host.Services.GetRequiredService<ChatQuality>());

        Assert.Contains(Path.Combine(_dir.File("nowhere"), "politeness.zip"), ex.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _dir.Dispose();
    }
}
