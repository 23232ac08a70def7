using QaBot.IntegrationTests.Infrastructure;
using QaBot.IntegrationTests.Scoring;

namespace QaBot.IntegrationTests.Jobs;

public sealed class PostgresRetrainJobTests(TrainedScoringModels models) : RetrainJobContract(models)
{
    protected override async Task<string[]> StorageConfigAsync() => [$"--Storage:ConnectionString={await TestPostgres.CreateDatabaseAsync("retrain")}"];
}
