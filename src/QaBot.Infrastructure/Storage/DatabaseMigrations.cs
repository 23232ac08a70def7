using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Abstractions;
using QaBot.Infrastructure.Jobs;
using QaBot.Infrastructure.Kpis;
using QaBot.Infrastructure.Telegram.Storage;

namespace QaBot.Infrastructure.Storage;

/// <summary>
/// Brings every module's tables up to date (transcripts and results, KPI rollups and their triggers, job ledger,
/// retraining history, Telegram). Every verb that touches the database calls it first; each step is idempotent and safe to run from
/// several instances at once.
/// </summary>
public static class DatabaseMigrations
{
    public static async Task MigrateAllAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.MigrateKpiStorageAsync(cancellationToken);
        await services.GetRequiredService<JobRunLedger>().MigrateAsync(cancellationToken);
        await services.GetRequiredService<RetrainHistory>().MigrateAsync(cancellationToken);
        if (services.GetService<TelegramDatabase>() is { } telegram)
        {
            await telegram.MigrateAsync(cancellationToken);
        }
    }
}
