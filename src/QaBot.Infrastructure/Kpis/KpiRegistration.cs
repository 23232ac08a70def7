using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Core.Kpis;
using QaBot.Infrastructure.Kpis.Rollups;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Storage.Sqlite;

namespace QaBot.Infrastructure.Kpis;

public static class KpiRegistration
{
    /// <summary>
    /// KPI settings and services: the <c>Kpi</c>, <c>Sla</c>, <c>Rules</c> and <c>Business</c> options (validated at start,
    /// failures name the key), <see cref="QaBotSettings"/> with the shared <see cref="DefinitionSettings"/> and
    /// <see cref="KpiSettings"/>, <see cref="IKpiService"/>, <see cref="KpiRollupService"/> and its store. Call after
    /// <c>AddQaBotInfrastructure</c>, whose storage choice it follows.
    /// </summary>
    public static IHostApplicationBuilder AddQaBotKpis(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<KpiOptions>(KpiOptions.SectionName);
        services.AddValidatedOptions<SlaOptions>(SlaOptions.SectionName);
        // Rules (the quality checks) and Business (AddQaBotInfrastructure) may be validated already: validate each
        // section once, so a bad value is reported once.
        AddValidatedOnce<RulesOptions>(services, RulesOptions.SectionName);
        AddValidatedOnce<QaBot.Infrastructure.Options.BusinessOptions>(services, QaBot.Infrastructure.Options.BusinessOptions.SectionName);

        services.AddSingleton(sp => new QaBotSettings(
            sp.GetRequiredService<IOptions<KpiOptions>>(),
            sp.GetRequiredService<IOptions<SlaOptions>>(),
            sp.GetRequiredService<IOptions<RulesOptions>>(),
            sp.GetRequiredService<IOptions<QaBot.Infrastructure.Options.BusinessOptions>>()));
        services.AddSingleton(sp => sp.GetRequiredService<QaBotSettings>().Definitions);
        services.AddSingleton(sp => sp.GetRequiredService<QaBotSettings>().Kpi);

        var storage = builder.Configuration.Peek<StorageOptions>(StorageOptions.SectionName);
        services.AddSingleton(sp => storage.UsesPostgres
            ? KpiRollupStore.ForPostgres(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>())
            : KpiRollupStore.ForSqlite(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<KpiRollupService>();
        services.AddSingleton<IKpiService, KpiService>();
        services.AddSingleton<Export.ChatExporter>();
        return builder;
    }

    private static void AddValidatedOnce<TOptions>(IServiceCollection services, string section)
        where TOptions : class
    {
        // A validator is registered only with the section's binding, so the options are bound already.
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<TOptions>)))
        {
            services.AddValidatedOptions<TOptions>(section);
        }
    }

    /// <summary>Migrates the transcript store, then the KPI tables whose triggers sit on it. Safe on every start.</summary>
    public static async Task MigrateKpiStorageAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<ITranscriptStore>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<KpiRollupStore>().MigrateAsync(cancellationToken);
    }
}
