using QaBot.IntegrationTests.Scoring;

namespace QaBot.IntegrationTests.Jobs;

public sealed class SqliteRetrainJobTests(TrainedScoringModels models) : RetrainJobContract(models)
{
    protected override Task<string[]> StorageConfigAsync() => Task.FromResult<string[]>([]);
}
