using QaBot.Infrastructure.Scoring;
using QaBot.IntegrationTests.Infrastructure;

[assembly: AssemblyFixture(typeof(QaBot.IntegrationTests.Scoring.TrainedScoringModels))]

namespace QaBot.IntegrationTests.Scoring;

/// <summary>Both models trained once on <see cref="SyntheticMessages"/> for every scoring test, and a scorer over them.</summary>
public sealed class TrainedScoringModels : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TrainedScoringModels()
    {
        PolitenessPath = _dir.File("politeness.zip");
        SalesIntentPath = _dir.File("sales-intent.zip");
        Trainer.Train(MessageScoringTask.Politeness, SyntheticMessages.Politeness, PolitenessPath);
        Trainer.Train(MessageScoringTask.SalesIntent, SyntheticMessages.SalesIntent, SalesIntentPath);
        Scorer = new MlMessageScorer(PolitenessPath, SalesIntentPath);
    }

    public ModelTrainer Trainer { get; } = new();

    public string PolitenessPath { get; }

    public string SalesIntentPath { get; }

    public MlMessageScorer Scorer { get; }

    public void Dispose()
    {
        Scorer.Dispose();
        _dir.Dispose();
    }
}
