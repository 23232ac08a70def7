using System.Data.Common;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>
/// Where the bot keeps its state (module <c>telegram</c>: outbox, alerts, subscriptions, operator links, link codes,
/// unreachable recipients, language choices). The stores share their SQL, which is written to run on both SQLite and
/// PostgreSQL (instants as Unix microseconds, <c>@name</c> parameters, <c>ON CONFLICT</c>, <c>RETURNING</c>); the
/// adapters supply connections, the schema and what only one of them can do (row locks, advisory locks).
/// </summary>
public abstract class TelegramDatabase
{
    public const string Module = "telegram";

    /// <summary>Appended to the outbox claim's inner SELECT: <c>FOR UPDATE SKIP LOCKED</c> where several instances may claim.</summary>
    public abstract string ClaimLockClause { get; }

    /// <summary>True when only one process can use the database (SQLite): leases left by a previous run can be dropped at start.</summary>
    public abstract bool IsSingleInstance { get; }

    /// <summary>Creates or migrates the bot's tables; safe on every start and from several instances at once.</summary>
    public abstract Task MigrateAsync(CancellationToken cancellationToken);

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the named leadership (e.g. "polling") if nobody else holds it; null when another instance does. Disposing
    /// the result gives it up. The holder loses it if its connection breaks.
    /// </summary>
    public abstract Task<ILeadership?> TryAcquireLeadershipAsync(string name, CancellationToken cancellationToken);
}
