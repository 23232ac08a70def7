using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Core.Checks;
using QaBot.Core.Transcripts;
using QaBot.Infrastructure.Jobs;
using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;
using QaBot.IntegrationTests.Scoring;
using QaBot.IntegrationTests.Telegram.EndToEnd;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Jobs;

/// <summary>
/// The nightly retraining as the running service does it, on small training data in a temp folder (the shipped set
/// trains in seconds too, but these sets make the labels' effect easy to see): the models in use are trained on
/// <see cref="SyntheticMessages"/>, supervisors label messages, <see cref="RetrainJob"/> runs, and the test looks at
/// what an admin would notice: the model file, the scores, the recorded outcome.
/// </summary>
public abstract class RetrainJobContract(TrainedScoringModels models) : IAsyncLifetime
{
    private static readonly DateOnly Night = new(2026, 11, 21);

    private readonly TempDirectory _dir = new();
    private QaBotServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ModelsDirectory => _dir.File("models");

    private string PolitenessModel => Path.Combine(ModelsDirectory, "politeness.zip");

    private RetrainJob Job => _server.Services.GetRequiredService<RetrainJob>();

    private RetrainHistory History => _server.Services.GetRequiredService<RetrainHistory>();

    private IMessageScorer Scorer => _server.Services.GetRequiredService<IMessageScorer>();

    /// <summary>The storage configuration of the host under test (embedded SQLite or PostgreSQL).</summary>
    protected abstract Task<string[]> StorageConfigAsync();

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ModelsDirectory);
        File.Copy(models.PolitenessPath, PolitenessModel);
        File.Copy(models.SalesIntentPath, Path.Combine(ModelsDirectory, "sales-intent.zip"));
        var training = _dir.File("training");
        Directory.CreateDirectory(training);
        WriteCsvs(training, "politeness", SyntheticMessages.Politeness);
        WriteCsvs(training, "sales-intent", SyntheticMessages.SalesIntent);
        _server = await QaBotServer.StartAsync(
        [
            .. await StorageConfigAsync(),
            $"--Scoring:ModelsDirectory={ModelsDirectory}",
            $"--Scoring:TrainingDirectory={training}",
            "--Scoring:PollInterval=00:00:00.100",
            "--Rules:RudeThreshold=0.5",
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Run_ReplacesTheModelAndRescoresChats_WhenLabelsMakeItBetterOnTheHeldOutSplit()
    {
        // Rude in substance, polite in wording: the model in use has never seen such messages.
        var sarcastic = Combine(
            ["Well,", "Honestly,", "Sure,", "Again,"],
            ["as I said twice already, the answer is on the website.", "you could have read the delivery page before writing.",
             "I have better things to do than repeat myself.", "if you had listened the first time we would be done."],
            ["Thanks.", "Bye.", "Good luck with that."]);
        var heldOut = sarcastic.Where(t => HeldOutSplit.IsHeldOut(t)).ToList();
        var missedNow = heldOut.Where(t => Scorer.ScoreRudeness(t, "en") < 0.5f).ToList();
        Assert.NotEmpty(missedNow); // held-out labels the model in use gets wrong: the new model has to generalise to them
        var chat = Chat("sarcasm", Customer("m1", 0, "Hello, when does my parcel arrive?"), Operator("m2", 10, missedNow[0])) with
        {
            Language = "en",
            EndedAt = T0.AddMinutes(2),
        };
        await _server.Store.UpsertAsync([chat], Ct);
        var before = await WaitForResultAsync(chat.Key, _ => true);
        Assert.Equal(CheckOutcomeNames.Pass, before.Checks[CheckNames.Politeness]);
        await LabelAsync(sarcastic, confirmed: true);
        var original = await File.ReadAllBytesAsync(PolitenessModel, Ct);

        var outcome = Assert.Single((await Job.RunAsync(Night, Ct))!);

        Assert.True(outcome.Replaced);
        Assert.True(outcome.CandidateAccuracy > outcome.CurrentAccuracy, $"{outcome.CandidateAccuracy} vs {outcome.CurrentAccuracy}");
        Assert.Equal(sarcastic.Count, outcome.Labels);
        Assert.NotEqual(original, await File.ReadAllBytesAsync(PolitenessModel, Ct));
        Assert.Equal(original, await File.ReadAllBytesAsync(PolitenessModel + ".previous", Ct));
        Assert.All(heldOut, t => Assert.True(Scorer.ScoreRudeness(t, "en") > 0.5f, $"the new model still finds '{t}' polite"));
        var after = await WaitForResultAsync(chat.Key, r => r.Version != before.Version);
        Assert.Equal(CheckOutcomeNames.Fail, after.Checks[CheckNames.Politeness]);
        Assert.Equal(["m2"], after.Evidence[CheckNames.Politeness]);
        Assert.Equal([outcome], await History.RecentAsync(10, null, Ct));

        // The next night nothing is new: no training, the new model stays.
        var replaced = await File.ReadAllBytesAsync(PolitenessModel, Ct);
        Assert.Empty((await Job.RunAsync(Night.AddDays(1), Ct))!);
        Assert.Equal(replaced, await File.ReadAllBytesAsync(PolitenessModel, Ct));
    }

    [Fact]
    public async Task Run_KeepsTheModelByteForByte_WhenLabelsMakeItWorseOnTheHeldOutSplit()
    {
        // A supervisor "confirms" the team's polite canned answers as rude, each in two chats. They fall on the training
        // side of the split, so the held-out examples keep their shipped verdict and show what the new model unlearnt.
        var polite = SyntheticMessages.Politeness.Where(e => e.Label && e.Language == "en" && !HeldOutSplit.IsHeldOut(e.Text)).Select(e => e.Text).ToList();
        await LabelAsync([.. polite, .. polite], confirmed: true);
        var original = await File.ReadAllBytesAsync(PolitenessModel, Ct);
        var version = Scorer.ModelVersion;

        var outcome = Assert.Single((await Job.RunAsync(Night, Ct))!);

        Assert.False(outcome.Replaced);
        Assert.True(outcome.CandidateAccuracy < outcome.CurrentAccuracy, $"{outcome.CandidateAccuracy} vs {outcome.CurrentAccuracy}");
        Assert.Equal(original, await File.ReadAllBytesAsync(PolitenessModel, Ct));
        Assert.Equal(version, Scorer.ModelVersion);
        Assert.Equal(["politeness.zip", "sales-intent.zip"], Directory.GetFiles(ModelsDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([outcome], await History.RecentAsync(10, MessageScoringTask.Politeness, Ct));
    }

    [Fact]
    public async Task Run_TrainsNothing_WhenThereAreNoLabels()
    {
        var original = await File.ReadAllBytesAsync(PolitenessModel, Ct);

        var outcomes = await Job.RunAsync(Night, Ct);

        Assert.Empty(outcomes!);
        Assert.Equal(original, await File.ReadAllBytesAsync(PolitenessModel, Ct));
        Assert.Equal(2, Directory.GetFiles(ModelsDirectory).Length);
        Assert.Empty(await History.RecentAsync(10, null, Ct));
        var run = Assert.Single(await _server.Services.GetRequiredService<JobRunLedger>().RunsAsync(RetrainJob.Id, Ct));
        Assert.Equal(("2026-11-21", "politeness: no new labels; sales-intent: no new labels"), run);
        Assert.Null(await Job.RunAsync(Night, Ct)); // once per night, however often it is fired
    }

    private async Task LabelAsync(List<string> texts, bool confirmed)
    {
        var labels = _server.Services.GetRequiredService<ILabelStore>();
        for (var i = 0; i < texts.Count; i++)
        {
            var chat = new ChatKey("webchat", $"labelled-{i.ToString(CultureInfo.InvariantCulture)}");
            await labels.SaveLabelAsync(new SupervisorLabel(chat, "m2", CheckNames.Politeness, confirmed, texts[i], "en", 1001, T0.AddMinutes(i)), Ct);
        }
    }

    private async Task<ChatResult> WaitForResultAsync(ChatKey key, Func<ChatResult, bool> done)
    {
        var results = _server.Services.GetRequiredService<IChatResultStore>();
        ChatResult? result = null;
        await Eventually.WaitUntilAsync(async () => (result = await results.GetResultAsync(key, Ct)) is not null && done(result),
            TimeSpan.FromSeconds(60), $"chat {key.Id} to be (re)scored");
        return result!;
    }

    private static List<string> Combine(string[] openers, string[] bodies, string[] closers) =>
        [.. from o in openers from b in bodies from c in closers select $"{o} {b} {c}"];

    private static void WriteCsvs(string folder, string task, IReadOnlyList<LabelledText> examples)
    {
        foreach (var language in examples.GroupBy(e => e.Language))
        {
            var lines = language.Select(e => $"\"{e.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{(e.Label ? 1 : 0)}");
            File.WriteAllLines(Path.Combine(folder, $"{task}.{language.Key}.csv"), ["text,label", .. lines]);
        }
    }
}
