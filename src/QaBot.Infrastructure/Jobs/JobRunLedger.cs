using System.Data.Common;
using QaBot.Infrastructure.Storage;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Jobs;

/// <summary>
/// Records which scheduled run (job + period) has been done, so a summary or a feedback round is produced once even
/// if two instances, a retry or a manual trigger run the same job for the same period.
/// </summary>
public sealed class JobRunLedger
{
    public const string Module = "jobs";

    private static readonly SchemaMigration[] Sqlite =
    [
        new(1, "job runs", "CREATE TABLE job_runs (job TEXT NOT NULL, period TEXT NOT NULL, at INTEGER NOT NULL, detail TEXT, PRIMARY KEY (job, period));"),
    ];

    private static readonly SchemaMigration[] Postgres =
    [
        new(1, "job runs", "CREATE TABLE job_runs (job text NOT NULL, period text NOT NULL, at bigint NOT NULL, detail text, PRIMARY KEY (job, period));"),
    ];

    private readonly QaBotDatabase _db;
    private readonly TimeProvider _time;

    public JobRunLedger(QaBotDatabase db, TimeProvider time)
    {
        _db = db;
        _time = time;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => _db.MigrateAsync(Module, Sqlite, Postgres, cancellationToken);

    /// <summary>
    /// Does the run of <paramref name="job"/> for <paramref name="period"/> once: claims it, records the detail the work
    /// returns, and releases the claim when the work fails so that a retry can do it. False when it was already claimed.
    /// </summary>
    public async Task<bool> RunOnceAsync(string job, string period, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!await TryClaimAsync(job, period, cancellationToken))
        {
            return false;
        }

        try
        {
            await CompleteAsync(job, period, await work(cancellationToken), cancellationToken);
            return true;
        }
        catch
        {
            await ReleaseAsync(job, period, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Claims the run; false when it was already claimed (by this or another instance).</summary>
    public async Task<bool> TryClaimAsync(string job, string period, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO job_runs (job, period, at) VALUES (@job, @period, @at) ON CONFLICT (job, period) DO NOTHING;";
        Add(command, "job", job);
        Add(command, "period", period);
        Add(command, "at", ToMicros(_time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CompleteAsync(string job, string period, string detail, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE job_runs SET detail = @detail WHERE job = @job AND period = @period;";
        Add(command, "job", job);
        Add(command, "period", period);
        Add(command, "detail", detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Releases a claim whose run failed, so the next attempt (Hangfire retries) can do it.</summary>
    public async Task ReleaseAsync(string job, string period, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM job_runs WHERE job = @job AND period = @period AND detail IS NULL;";
        Add(command, "job", job);
        Add(command, "period", period);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<(string Period, string? Detail)>> RunsAsync(string job, CancellationToken cancellationToken)
    {
        await using var connection = await _db.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT period, detail FROM job_runs WHERE job = @job ORDER BY period;";
        Add(command, "job", job);
        var runs = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return runs;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
