using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Jobs;
using QaBot.IntegrationTests.Infrastructure;
using static QaBot.IntegrationTests.Infrastructure.Chats;

namespace QaBot.IntegrationTests.Jobs;

/// <summary>
/// Two <c>qabot run</c> hosts on one PostgreSQL (Hangfire on PostgreSQL too): the schedule is shared, every recurring
/// job exists once, and a summary fired on both instances at once is produced once.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private QaBotServer _a = null!;
    private QaBotServer _b = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var connection = await TestPostgres.CreateDatabaseAsync("scale");
        _a = await QaBotServer.StartAsync($"--Storage:ConnectionString={connection}");
        _b = await QaBotServer.StartAsync($"--Storage:ConnectionString={connection}");
    }

    public async ValueTask DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task RecurringJobs_ExistOncePerId_WhenTwoInstancesRegisterThem()
    {
        using var connection = _a.Services.GetRequiredService<JobStorage>().GetConnection();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<RecurringJobDto> jobs;
        do
        {
            jobs = connection.GetRecurringJobs();
        }
        while (jobs.Count < 5 && DateTime.UtcNow < deadline && !Ct.IsCancellationRequested);

        Assert.Equal([DailySummaryJob.Id, "kpi-rollups", RetrainJob.Id, RetentionJob.Id, WeeklyFeedbackJob.Id], jobs.Select(j => j.Id).Order(StringComparer.Ordinal));
        Assert.All(jobs, j => Assert.NotNull(j.NextExecution));
    }

    [Fact]
    public async Task DailySummary_IsProducedOnce_WhenBothInstancesFireItForTheSameDay()
    {
        await _a.Store.UpsertAsync([Chat("s-1", Customer("m1", 0, "hi"), Operator("m2", 5, "Hello!"))], Ct);
        var day = DateOnly.FromDateTime(T0.UtcDateTime);
        var jobA = _a.Services.GetRequiredService<DailySummaryJob>();
        var jobB = _b.Services.GetRequiredService<DailySummaryJob>();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? jobA : jobB).RunAsync(day, Ct)));

        Assert.Equal(1, results.Count(r => r));
        var runs = await _b.Services.GetRequiredService<JobRunLedger>().RunsAsync(DailySummaryJob.Id, Ct);
        var run = Assert.Single(runs);
        Assert.Equal((day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "1 chats"), run);
    }
}
