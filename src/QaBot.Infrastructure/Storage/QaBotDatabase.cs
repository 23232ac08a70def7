using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.Infrastructure.Storage.Sqlite;

namespace QaBot.Infrastructure.Storage;

/// <summary>
/// Whichever database this deployment uses (embedded SQLite or PostgreSQL), for modules whose tables use portable
/// SQL: open a connection, apply the module's schema steps.
/// </summary>
public sealed class QaBotDatabase
{
    private readonly SqliteDatabase? _sqlite;
    private readonly NpgsqlDataSource? _postgres;
    private readonly TimeProvider _time;

    public QaBotDatabase(IServiceProvider services)
    {
        _sqlite = services.GetService<SqliteDatabase>();
        _postgres = services.GetService<NpgsqlDataSource>();
        _time = services.GetRequiredService<TimeProvider>();
    }

    public bool IsPostgres => _postgres is not null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        _postgres is not null
            ? await _postgres.OpenConnectionAsync(cancellationToken)
            : await _sqlite!.OpenAsync(cancellationToken);

    public Task MigrateAsync(string module, IReadOnlyList<SchemaMigration> sqlite, IReadOnlyList<SchemaMigration> postgres, CancellationToken cancellationToken) =>
        _postgres is not null
            ? PostgresMigrator.MigrateAsync(_postgres, module, postgres, _time, cancellationToken)
            : _sqlite!.MigrateAsync(module, sqlite, _time, cancellationToken);
}
