using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using QaBot.Core.Abstractions;
using QaBot.Core.Definitions;
using QaBot.Infrastructure.Ingest;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Telegram;
using QaBot.Infrastructure.Options;
using QaBot.Infrastructure.Quality;
using QaBot.Infrastructure.Storage;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.Infrastructure.Storage.Results;
using QaBot.Infrastructure.Storage.Sqlite;

namespace QaBot.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers every adapter: storage (SQLite or PostgreSQL), ingest, and their options.</summary>
    public static IHostApplicationBuilder AddQaBotInfrastructure(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        services.AddValidatedOptions<IngestOptions>(IngestOptions.SectionName);
        services.AddValidatedOptions<ChatwootOptions>(ChatwootOptions.SectionName);
        services.AddSingleton(sp => new IngestPolicy(sp.GetRequiredService<IOptions<IngestOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddValidatedOptions<BusinessOptions>(BusinessOptions.SectionName);
        services.AddSingleton<QaBotDatabase>();
        services.AddSingleton<Jobs.JobRunLedger>();
        services.AddTransient<Jobs.DailySummaryJob>();
        services.AddTransient<Jobs.WeeklyFeedbackJob>();
        services.AddTransient<Jobs.RetentionJob>();
        services.AddSingleton<Jobs.RetrainHistory>();
        services.AddTransient<Jobs.RetrainJob>();

        var storage = builder.Configuration.Peek<StorageOptions>(StorageOptions.SectionName);
        if (storage.UsesPostgres)
        {
            services.AddSingleton(_ => new NpgsqlDataSourceBuilder(storage.ConnectionString).Build());
            services.AddSingleton<ITranscriptStore>(sp => new PostgresTranscriptStore(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<Microsoft.Extensions.Logging.ILogger<PostgresTranscriptStore>>()));
            services.AddSingleton(sp =>
            {
                var dataSource = sp.GetRequiredService<NpgsqlDataSource>();
                return new SqlResultStore(async ct => await dataSource.OpenConnectionAsync(ct));
            });
        }
        else
        {
            services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath));
            services.AddSingleton<ITranscriptStore>(sp => new SqliteTranscriptStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<Microsoft.Extensions.Logging.ILogger<SqliteTranscriptStore>>()));
            services.AddSingleton(sp =>
            {
                var db = sp.GetRequiredService<SqliteDatabase>();
                return new SqlResultStore(async ct => await db.OpenAsync(ct));
            });
        }

        services.AddSingleton<IChatResultStore>(sp => sp.GetRequiredService<SqlResultStore>());
        services.AddSingleton<ILabelStore>(sp => sp.GetRequiredService<SqlResultStore>());
        services.AddSingleton<TranscriptImporter>();
        services.TryAddSingleton(DefinitionSettings.Default);
        services.AddQaBotQuality();
        builder.AddQaBotKpis();
        builder.AddQaBotTelegram();
        return builder;
    }
}
