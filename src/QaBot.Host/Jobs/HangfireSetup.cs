using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using QaBot.Infrastructure.Jobs;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Storage;

namespace QaBot.Host.Jobs;

/// <summary>
/// Hangfire on PostgreSQL in production (so any number of instances share the schedule: each recurring job fires once
/// per occurrence), in memory in the embedded default. Recurring jobs are registered at start with stable ids and the
/// business time zone.
/// </summary>
public static class HangfireSetup
{
    public static WebApplicationBuilder AddQaBotJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<SummaryOptions>(SummaryOptions.SectionName);
        services.AddValidatedOptions<FeedbackOptions>(FeedbackOptions.SectionName);
        services.AddValidatedOptions<JobsOptions>(JobsOptions.SectionName);
        services.AddValidatedOptions<DashboardOptionsConfig>(DashboardOptionsConfig.SectionName);

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.UsesPostgres)
            {
                config.UsePostgreSqlStorage(c => c.UseNpgsqlConnection(storage.ConnectionString), new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddHostedService<RecurringJobsRegistration>();
        return builder;
    }

    public static WebApplication MapQaBotJobsDashboard(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DashboardOptionsConfig>>().Value;
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization(options.Token)],
            DisplayStorageConnectionString = false,
            DashboardTitle = "QaBot jobs",
        });
        return app;
    }
}
