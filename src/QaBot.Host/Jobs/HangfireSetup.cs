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

        var storage = builder.Configuration.Peek<StorageOptions>(StorageOptions.SectionName);
        // This host's own storage, registered before AddHangfire (which only adds one if none is): Hangfire's default is
        // the process-wide JobStorage.Current, which a second host in the same process (tests, a restart) replaces and
        // a stopping host disposes under the other's feet.
        services.AddSingleton<JobStorage>(provider =>
        {
            // Applies the serializer and logging settings below before anything is stored, as Hangfire's own factory does.
            provider.GetRequiredService<IGlobalConfiguration>();
            return storage.UsesPostgres ? PostgresStorage(storage.ConnectionString!) : new Hangfire.InMemory.InMemoryStorage();
        });
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        services.AddHostedService<RecurringJobsRegistration>();
        // With IAntiforgery registered, Hangfire's dashboard checks a token on every action (trigger, delete, requeue):
        // a page elsewhere cannot make an admin's browser fire jobs with the dashboard cookie.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "qabot_dashboard_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/hangfire";
        });
        return builder;
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString)
    {
        HangfireSchema.Install(connectionString);
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = HangfireSchema.Name,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, options), options);
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
