using Microsoft.Extensions.Hosting;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// Creates or migrates the bot's tables when the host starts, before the outbox, the watcher and the bot run (it is
/// registered first, and the host awaits each start in order). A broken database stops the start.
/// </summary>
public sealed class TelegramSchemaService : IHostedService
{
    private readonly TelegramDatabase _db;

    public TelegramSchemaService(TelegramDatabase db)
    {
        _db = db;
    }

    public Task StartAsync(CancellationToken cancellationToken) => _db.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
