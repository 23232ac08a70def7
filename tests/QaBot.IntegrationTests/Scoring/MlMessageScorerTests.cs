using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Scoring;

public sealed class MlMessageScorerTests(TrainedScoringModels models) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Constructor_FailsNamingThePath_WhenModelFileMissing()
    {
        var missing = _dir.File("no-such-politeness.zip");

        var error = Assert.Throws<FileNotFoundException>(() => new MlMessageScorer(missing, models.SalesIntentPath));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("qabot train --task politeness", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_FailsNamingThePath_WhenModelFileCorrupt()
    {
        var corrupt = _dir.File("sales-intent.zip");
        File.WriteAllBytes(corrupt, [.. File.ReadAllBytes(models.SalesIntentPath).Take(300)]);

        var error = Assert.Throws<InvalidDataException>(() => new MlMessageScorer(models.PolitenessPath, corrupt));

        Assert.Contains(corrupt, error.Message, StringComparison.Ordinal);
        Assert.Contains("sales-intent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Fails_WhenModelsAreSwapped()
    {
        var error = Assert.Throws<InvalidDataException>(() => new MlMessageScorer(models.SalesIntentPath, models.PolitenessPath));

        Assert.Contains(models.SalesIntentPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("not trained for this task", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelVersion_IsStableForSameBytes_AndChangesWhenAModelIsRetrained()
    {
        var copy = _dir.File("politeness.zip");
        File.Copy(models.PolitenessPath, copy);
        using var sameBytes = new MlMessageScorer(copy, models.SalesIntentPath);
        var retrained = _dir.File("politeness-retrained.zip");
        models.Trainer.Train(MessageScoringTask.Politeness, SyntheticMessages.Politeness.Skip(10), retrained, TestContext.Current.CancellationToken);
        using var other = new MlMessageScorer(retrained, models.SalesIntentPath);

        Assert.Matches("^[0-9a-f]{12}$", models.Scorer.ModelVersion);
        Assert.Equal(models.Scorer.ModelVersion, sameBytes.ModelVersion);
        Assert.NotEqual(models.Scorer.ModelVersion, other.ModelVersion);
    }

    [Fact]
    public void ScoreRudeness_FlagsDisguisedSwearing_WhenTrainedOnPlainSpelling()
    {
        var scorer = models.Scorer;

        Assert.True(scorer.ScoreRudeness("Hello! What the f*ck is this? Have a nice day!", "en")
            > scorer.ScoreRudeness("Hello! What is this? Have a nice day!", "en"));
        Assert.True(scorer.ScoreRudeness("Здравствуйте! Бл@, где заказ? Хорошего дня!", "ru")
            > scorer.ScoreRudeness("Здравствуйте! Где заказ? Хорошего дня!", "ru"));
    }

    [Fact]
    public void ScoreRudeness_UsesTheScriptsLanguage_WhenCallerPassesNone()
    {
        const string text = "Опять вы. Читайте инструкцию сами.";

        Assert.Equal(models.Scorer.ScoreRudeness(text, "ru"), models.Scorer.ScoreRudeness(text, null));
    }

    [Fact]
    public void Scores_AreTheSame_WhenComputedInParallel()
    {
        var messages = Messages(400);
        var sequential = messages.Select(m => (models.Scorer.ScoreRudeness(m.Text, m.Language), models.Scorer.ScoreSalesIntent(m.Text, m.Language))).ToArray();

        var parallel = new (float, float)[messages.Length];
        Parallel.For(0, messages.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = (models.Scorer.ScoreRudeness(messages[i].Text, messages[i].Language), models.Scorer.ScoreSalesIntent(messages[i].Text, messages[i].Language)));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void BatchScores_MatchOneByOneScores_WhenBatchIsSplitAcrossCores()
    {
        var messages = Messages(1_200);

        var rudeness = models.Scorer.ScoreRudeness(messages);
        var intent = models.Scorer.ScoreSalesIntent(messages);

        for (var i = 0; i < messages.Length; i++)
        {
            Assert.Equal(models.Scorer.ScoreRudeness(messages[i].Text, messages[i].Language), rudeness[i], 5);
            Assert.Equal(models.Scorer.ScoreSalesIntent(messages[i].Text, messages[i].Language), intent[i], 5);
        }
    }

    // Distinct texts, so that a score landing on the wrong message would show.
    private static (string Text, string? Language)[] Messages(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var example = i % 2 == 0
                ? SyntheticMessages.Politeness[i % SyntheticMessages.Politeness.Count]
                : SyntheticMessages.SalesIntent[i % SyntheticMessages.SalesIntent.Count];
            return ($"{example.Text} #{i}", i % 3 == 0 ? null : example.Language);
        }),
    ];
}
