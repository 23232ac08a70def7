using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Infrastructure.Jobs;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Jobs;

/// <summary>
/// Several <c>qabot run</c> instances started at the same moment on one empty PostgreSQL database (a fresh deployment
/// scaled to six, or a cluster restarted after the database was recreated): every one starts, and Hangfire's schema
/// is installed once, so the schedule is shared and each recurring job exists once.
/// </summary>
public sealed class ConcurrentStartTests
{
    private const int Instances = 6;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_SucceedsOnEveryInstance_WhenSixStartAtOnceOnAnEmptyDatabase()
    {
        var connection = await TestPostgres.CreateDatabaseAsync("race");
        using var go = new Barrier(Instances);
        var starts = Enumerable.Range(0, Instances)
            .Select(_ => Task.Run(() =>
            {
                go.SignalAndWait(Ct);
                return QaBotServer.StartAsync($"--Storage:ConnectionString={connection}");
            }, Ct))
            .ToArray();
        try
        {
            var servers = await Task.WhenAll(starts);

            foreach (var server in servers)
            {
                Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/health", Ct)).StatusCode);
            }

            using var storage = servers[0].Services.GetRequiredService<JobStorage>().GetConnection();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (storage.GetRecurringJobs().Count < 5 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, Ct);
            }

            Assert.Equal([DailySummaryJob.Id, "kpi-rollups", RetrainJob.Id, RetentionJob.Id, WeeklyFeedbackJob.Id],
                storage.GetRecurringJobs().Select(j => j.Id).Order(StringComparer.Ordinal));
        }
        finally
        {
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await (await start).DisposeAsync();
            }
        }
    }
}
