using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Host;
using QaBot.Infrastructure.Jobs;
using QaBot.IntegrationTests.Infrastructure;

namespace QaBot.IntegrationTests.Jobs;

/// <summary>What an admin sees from the schedule keys: a bad time stops the start naming its key; a good one is the job's cron.</summary>
public sealed class ScheduleSettingsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("Summary:DailyAt")]
    [InlineData("Feedback:WeeklyAt")]
    [InlineData("Jobs:RetrainAt")]
    [InlineData("Jobs:PurgeAt")]
    public void Start_FailsNamingTheKey_WhenAScheduleTimeIsNotHhMm(string key)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ServiceHost.Build([$"--Storage:DataDirectory={_dir.Path}", $"--{key}=25:00"]));

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith($"{key}: ", failure, StringComparison.Ordinal);
        Assert.Contains("HH:mm", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrainJob_RunsDailyAtJobsRetrainAt_WhenTheServiceStarts()
    {
        await using var server = await QaBotServer.StartAsync("--Jobs:RetrainAt=02:15", "--Business:TimeZone=Europe/Moscow");
        using var connection = server.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = Assert.Single(connection.GetRecurringJobs([RetrainJob.Id]));

        Assert.Equal("15 2 * * *", job.Cron);
        Assert.Equal("Europe/Moscow", job.TimeZoneId);
    }

    public void Dispose() => _dir.Dispose();
}
