using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Scoring;

public sealed class ModelTrainerTests(TrainedScoringModels models)
{
    private static readonly LabelledText[] UnseenPoliteness =
    [
        new("Hi there! Your parcel ships today. Is there anything else I can help with?", true, "en"),
        new("Good morning! Could you please send me the order number? Thanks!", true, "en"),
        new("Добрый день! Подскажите, пожалуйста, номер заказа. Хорошего дня!", true, "ru"),
        new("Look, read the instructions yourself. Whatever.", false, "en"),
        new("Ugh. This is not my problem, deal with it.", false, "en"),
        new("Опять вы. Это не мои проблемы, читайте инструкцию сами.", false, "ru"),
    ];

    [Fact]
    public void Train_SavesModelScoringRudeMessagesAboveCourteousOnes_WhenTrainedOnLabelledSet()
    {
        var scorer = models.Scorer;

        Assert.True(scorer.ScoreRudeness("Look, this is not my problem. Don't write again.", "en")
            > scorer.ScoreRudeness("Hello! I have checked your order. Have a nice day!", "en"));
        Assert.True(scorer.ScoreRudeness("Слушайте, читайте инструкцию сами. Всё.", "ru")
            > scorer.ScoreRudeness("Здравствуйте! Я проверила ваш заказ. Хорошего дня!", "ru"));
        Assert.True(scorer.ScoreSalesIntent("Hello, how much is the red jacket?", "en")
            > scorer.ScoreSalesIntent("Hello, my order arrived broken.", "en"));
    }

    [Fact]
    public void Train_ReportsExamplesPerLanguage_WhenDataMixesLanguages()
    {
        using var dir = new TempDirectory();

        var result = models.Trainer.Train(MessageScoringTask.SalesIntent, SyntheticMessages.SalesIntent, dir.File("nested/sales.zip"), TestContext.Current.CancellationToken);

        Assert.True(File.Exists(result.ModelPath));
        Assert.Equal(SyntheticMessages.SalesIntent.Count, result.Examples);
        Assert.Equal(SyntheticMessages.SalesIntent.Count(t => t.Label), result.Positives);
        Assert.Equal(SyntheticMessages.SalesIntent.Count(t => t.Language == "ru"), result.ExamplesByLanguage["ru"]);
    }

    [Fact]
    public void Train_RefusesData_WhenOnlyOneLabelPresent()
    {
        using var dir = new TempDirectory();
        var politeOnly = SyntheticMessages.Politeness.Where(t => t.Label);

        var error = Assert.Throws<InvalidDataException>(() => models.Trainer.Train(MessageScoringTask.Politeness, politeOnly, dir.File("p.zip"), TestContext.Current.CancellationToken));

        Assert.Contains("both labels", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("p.zip")));
    }

    [Fact]
    public void Train_StopsAndKeepsNoModel_WhenCancelled()
    {
        using var dir = new TempDirectory();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(20));
        var many = Enumerable.Range(0, 40).SelectMany(i => SyntheticMessages.Politeness.Select(t => t with { Text = $"{t.Text} #{i}" }));

        Assert.True(MlCancellation.Supported, "this ML.NET version cannot be stopped mid-fit");
        Assert.ThrowsAny<OperationCanceledException>(() => models.Trainer.Train(MessageScoringTask.Politeness, many, dir.File("p.zip"), cancel.Token));
        Assert.False(File.Exists(dir.File("p.zip")));
    }

    [Fact]
    public void Evaluate_ReportsAccurateMetrics_WhenModelScoresUnseenVariants()
    {
        var result = models.Trainer.Evaluate(MessageScoringTask.Politeness, models.PolitenessPath, UnseenPoliteness);

        Assert.Equal(UnseenPoliteness.Length, result.N);
        Assert.InRange(result.Accuracy, 0.8, 1.0);
        Assert.InRange(result.F1, 0.8, 1.0);
        Assert.InRange(result.Auc, 0.8, 1.0);
    }

    [Fact]
    public void CrossValidate_AveragesFoldMetrics_WhenFiveFolds()
    {
        var result = models.Trainer.CrossValidate(MessageScoringTask.SalesIntent, SyntheticMessages.SalesIntent, 5);

        Assert.Equal(SyntheticMessages.SalesIntent.Count, result.N);
        Assert.InRange(result.Accuracy, 0.7, 1.0);
        Assert.InRange(result.Auc, 0.7, 1.0);
    }

    [Fact]
    public void Train_GivesIdenticalScores_WhenRunTwiceOnSameData()
    {
        using var dir = new TempDirectory();
        var again = dir.File("politeness.zip");
        models.Trainer.Train(MessageScoringTask.Politeness, SyntheticMessages.Politeness, again, TestContext.Current.CancellationToken);

        var scores = UnseenPoliteness.Select(t => models.Scorer.ScoreRudeness(t.Text, t.Language));
        using var retrained = new MlMessageScorer(again, models.SalesIntentPath);

        Assert.Equal(scores, UnseenPoliteness.Select(t => retrained.ScoreRudeness(t.Text, t.Language)));
    }
}
