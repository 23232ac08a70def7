using Hangfire;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Jobs;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Options;

namespace QaBot.Host.Jobs;

/// <summary>Registers (or updates) the recurring jobs once at start: stable ids, business time zone.</summary>
internal sealed class RecurringJobsRegistration(
    IRecurringJobManager jobs,
    IOptions<SummaryOptions> summary,
    IOptions<FeedbackOptions> feedback,
    IOptions<JobsOptions> nightly,
    IOptions<BusinessOptions> business,
    JobRunLedger ledger) : IHostedService
{
    public const string KpiRollupsJobId = "kpi-rollups";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ledger.MigrateAsync(cancellationToken);
        var options = new RecurringJobOptions { TimeZone = business.Value.Zone };
        jobs.AddOrUpdate<DailySummaryJob>(DailySummaryJob.Id, j => j.RunScheduledAsync(CancellationToken.None), ScheduleTime.DailyCron(summary.Value.DailyAt), options);
        jobs.AddOrUpdate<WeeklyFeedbackJob>(WeeklyFeedbackJob.Id, j => j.RunScheduledAsync(CancellationToken.None), ScheduleTime.MondayCron(feedback.Value.WeeklyAt), options);
        // Rollups follow the chats as they arrive; the refresh is cheap when nothing changed.
        jobs.AddOrUpdate<KpiRollupService>(KpiRollupsJobId, r => r.RefreshAsync(CancellationToken.None), "*/10 * * * *", options);
        jobs.AddOrUpdate<RetrainJob>(RetrainJob.Id, j => j.RunScheduledAsync(CancellationToken.None), ScheduleTime.DailyCron(nightly.Value.RetrainAt), options);
        jobs.AddOrUpdate<RetentionJob>(RetentionJob.Id, j => j.RunAsync(CancellationToken.None), ScheduleTime.DailyCron(nightly.Value.PurgeAt), options);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
