using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Jobs;

/// <summary>
/// Several instances started at the same moment on an empty PostgreSQL database (a fresh <c>docker compose up
/// --scale qabot=4</c>): Hangfire's schema is installed once under an advisory lock, every instance starts, and the
/// recurring jobs exist once each.
/// </summary>
public sealed class ConcurrentStartTests
{
    private const int Instances = 4;

    [Fact]
    public async Task Start_BringsUpEveryInstanceWithOneSchedule_WhenInstancesStartTogetherOnAnEmptyDatabase()
    {
        var connection = await TestPostgres.CreateDatabaseAsync("concurrent-start");

        var servers = await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => Task.Run(() => QaBotServer.StartAsync($"--Storage:ConnectionString={connection}"))));
        try
        {
            using var storage = servers[0].Services.GetRequiredService<JobStorage>().GetConnection();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            List<RecurringJobDto> jobs;
            do
            {
                jobs = storage.GetRecurringJobs();
            }
            while (jobs.Count < 5 && DateTime.UtcNow < deadline);

            Assert.Equal(5, jobs.Count);
            Assert.Equal(jobs.Count, jobs.Select(j => j.Id).Distinct(StringComparer.Ordinal).Count());
            foreach (var server in servers)
            {
                using var health = await server.Client.GetAsync("/health", TestContext.Current.CancellationToken);
                Assert.True(health.IsSuccessStatusCode, $"an instance answered /health with {(int)health.StatusCode}");
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }
}
