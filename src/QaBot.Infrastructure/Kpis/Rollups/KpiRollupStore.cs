using System.Data.Common;
using Npgsql;
using QaBot.Infrastructure.Storage.Postgres;
using QaBot.Infrastructure.Storage.Sqlite;
using static QaBot.Infrastructure.Kpis.Rollups.RollupSql;
using static QaBot.Infrastructure.Storage.StorageConventions;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// The <c>kpi</c> module's tables (<see cref="KpiRollupSchema"/>). Portable SQL (integers, text, bytes, instants as
/// Unix microseconds), so one ADO.NET class serves SQLite and PostgreSQL; only the schema steps differ.
/// <para>
/// Invalidation protocol: triggers record dirty hours with every write; <see cref="ClaimDirtyHoursAsync"/> moves them,
/// in one transaction, to the days that depend on them (bumping each day's generation); a recomputed day is saved
/// only if its generation is still the one its computation started from. So a change is either visible to the
/// computation (it committed before the claim) or leaves the day dirty for the next run.
/// </para>
/// </summary>
public sealed class KpiRollupStore
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Func<CancellationToken, Task> _migrate;

    private KpiRollupStore(Func<CancellationToken, Task<DbConnection>> open, Func<CancellationToken, Task> migrate)
    {
        _open = open;
        _migrate = migrate;
    }

    public static KpiRollupStore ForSqlite(SqliteDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new KpiRollupStore(
            async ct => await database.OpenAsync(ct),
            ct => database.MigrateAsync(KpiRollupSchema.Module, KpiRollupSchema.Sqlite, time, ct));
    }

    public static KpiRollupStore ForPostgres(NpgsqlDataSource dataSource, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new KpiRollupStore(
            async ct => await dataSource.OpenConnectionAsync(ct),
            ct => PostgresMigrator.MigrateAsync(dataSource, KpiRollupSchema.Module, KpiRollupSchema.Postgres, time, ct));
    }

    /// <summary>Creates or migrates the tables and triggers. Run after the transcript store's migration: the triggers sit on its tables.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => _migrate(cancellationToken);

    /// <summary>Takes every recorded change and marks the days it can alter (<see cref="DirtyDays"/>) dirty; returns those days.</summary>
    public async Task<IReadOnlyCollection<DateOnly>> ClaimDirtyHoursAsync(KpiCalendar calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        await using var connection = await _open(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        List<DirtyMark> marks;
        await using (var claim = Command(connection, tx, "DELETE FROM kpi_dirty_hours RETURNING hour, newest_hour, scope"))
        {
            marks = await ReadMarksAsync(claim, cancellationToken);
        }

        var horizons = await ReadHorizonsAsync(connection, tx, marks, calendar, cancellationToken);
        var days = DirtyDays.Of(marks, calendar, day => horizons.TryGetValue(day, out var h) ? h : null);
        await MarkDirtyAsync(connection, tx, days, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return days;
    }

    /// <summary>Marks days dirty (created when missing), so the next recomputation takes them and older work on them is discarded.</summary>
    public async Task MarkDirtyAsync(IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        await using var connection = await _open(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await MarkDirtyAsync(connection, tx, days, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Changes recorded and not yet claimed: the days they can alter may differ from what is stored.</summary>
    public async Task<IReadOnlyList<DirtyMark>> PendingMarksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, null, "SELECT DISTINCT hour, newest_hour, scope FROM kpi_dirty_hours");
        return await ReadMarksAsync(command, cancellationToken);
    }

    /// <summary>
    /// The days before <paramref name="before"/> in [from, to] to recompute, with the generation to save them under:
    /// dirty days, and clean days computed with other settings or while a chat was open and settled since. The latter
    /// are marked dirty here, so that a change arriving during their computation is never judged against the stale
    /// <see cref="FcrHorizon"/> of what is being replaced.
    /// </summary>
    public async Task<IReadOnlyList<(DateOnly Day, long Generation)>> TakeDueDaysAsync(
        string fingerprint, DateTimeOffset now, DateOnly before, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var stale = Command(connection, tx, """
            UPDATE kpi_rollup_days SET dirty = 1, generation = generation + 1
            WHERE day < @before AND day >= @from AND day <= @to AND dirty = 0
              AND (fingerprint IS NULL OR fingerprint <> @fingerprint
                   OR (settles_at IS NOT NULL AND computed_at < settles_at AND settles_at <= @now))
            """))
        {
            AddRange(stale, before, from, to);
            Add(stale, "fingerprint", fingerprint);
            Add(stale, "now", ToMicros(now));
            await stale.ExecuteNonQueryAsync(cancellationToken);
        }

        var due = new List<(DateOnly, long)>();
        await using (var dirty = Command(connection, tx, """
            SELECT day, generation FROM kpi_rollup_days
            WHERE day < @before AND day >= @from AND day <= @to AND dirty = 1
            ORDER BY day
            """))
        {
            AddRange(dirty, before, from, to);
            await using var reader = await dirty.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((DateOnly.FromDayNumber((int)Long(reader, 0)), Long(reader, 1)));
            }
        }

        await tx.CommitAsync(cancellationToken);
        return due;
    }

    /// <summary>Replaces the day's slices, unless the day was marked dirty again since its computation started.</summary>
    /// <returns>False when the day changed meanwhile: nothing was written and it stays dirty.</returns>
    public async Task<bool> SaveDayAsync(DayRollup rollup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        await using var connection = await _open(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clean = Command(connection, tx, """
            UPDATE kpi_rollup_days SET dirty = 0, fingerprint = @fingerprint, computed_at = @computed, settles_at = @settles,
                fcr_pending_from = @pending, fcr_counted_until = @counted
            WHERE day = @day AND generation = @generation
            """))
        {
            Add(clean, "fingerprint", rollup.Fingerprint);
            Add(clean, "computed", ToMicros(rollup.ComputedAt));
            Add(clean, "settles", Micros(rollup.SettlesAt));
            Add(clean, "pending", Micros(rollup.Horizon.PendingFrom));
            Add(clean, "counted", Micros(rollup.Horizon.CountedUntil));
            Add(clean, "day", rollup.Day.DayNumber);
            Add(clean, "generation", rollup.Generation);
            if (await clean.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await tx.RollbackAsync(cancellationToken);
                return false;
            }
        }

        await using (var delete = Command(connection, tx, "DELETE FROM kpi_rollups WHERE day = @day"))
        {
            Add(delete, "day", rollup.Day.DayNumber);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = Command(connection, tx,
            "INSERT INTO kpi_rollups (day, slice, accumulator, totals, spans) VALUES (@day, @slice, @accumulator, @totals, @spans)");
        var day = Add(insert, "day", rollup.Day.DayNumber);
        var slice = Add(insert, "slice", string.Empty);
        var accumulator = Add(insert, "accumulator", string.Empty);
        var totals = Add(insert, "totals", string.Empty);
        var spans = Add(insert, "spans", Array.Empty<byte>());
        foreach (var stored in rollup.Slices)
        {
            slice.Value = stored.Slice;
            accumulator.Value = stored.AccumulatorJson;
            totals.Value = stored.TotalsJson;
            spans.Value = stored.Spans;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The valid stored days in [from, to] for one slice, in one statement (one consistent snapshot): clean, computed
    /// with <paramref name="fingerprint"/>, before <paramref name="today"/>, and settled both when computed and at
    /// <paramref name="now"/>. Days from <paramref name="periodFrom"/> on come whole; earlier days (the trend's previous
    /// period) come as totals without spans.
    /// </summary>
    public async Task<IReadOnlyList<StoredDay>> ReadDaysAsync(
        string slice, DateOnly from, DateOnly periodFrom, DateOnly to, DateOnly today, string fingerprint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = Command(connection, null, """
            SELECT d.day,
                   CASE WHEN d.day >= @period THEN r.accumulator ELSE r.totals END,
                   CASE WHEN d.day >= @period THEN r.spans END,
                   d.fcr_pending_from, d.fcr_counted_until
            FROM kpi_rollup_days d LEFT JOIN kpi_rollups r ON r.day = d.day AND r.slice = @slice
            WHERE d.day >= @from AND d.day <= @to AND d.day < @today AND d.dirty = 0 AND d.fingerprint = @fingerprint
              AND (d.settles_at IS NULL OR (d.computed_at >= d.settles_at AND d.settles_at <= @now))
            ORDER BY d.day
            """);
        Add(command, "period", periodFrom.DayNumber);
        Add(command, "slice", slice);
        Add(command, "from", from.DayNumber);
        Add(command, "to", to.DayNumber);
        Add(command, "today", today.DayNumber);
        Add(command, "fingerprint", fingerprint);
        Add(command, "now", ToMicros(now));
        var days = new List<StoredDay>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            days.Add(new StoredDay(
                DateOnly.FromDayNumber((int)Long(reader, 0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2),
                new FcrHorizon(Instant(reader, 3), Instant(reader, 4))));
        }

        return days;
    }

    private static async Task MarkDirtyAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<DateOnly> days, CancellationToken cancellationToken)
    {
        await using var mark = Command(connection, tx, """
            INSERT INTO kpi_rollup_days (day, generation, dirty) VALUES (@day, 1, 1)
            ON CONFLICT (day) DO UPDATE SET generation = kpi_rollup_days.generation + 1, dirty = 1
            """);
        var day = Add(mark, "day", 0);
        foreach (var d in days)
        {
            day.Value = d.DayNumber;
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The FCR horizons of the clean stored days the marks could reach. A dirty day has none: it may be being
    /// recomputed, and only a new generation makes sure that work is not saved over this change.
    /// </summary>
    private static async Task<Dictionary<DateOnly, FcrHorizon>> ReadHorizonsAsync(
        DbConnection connection, DbTransaction tx, List<DirtyMark> marks, KpiCalendar calendar, CancellationToken cancellationToken)
    {
        var horizons = new Dictionary<DateOnly, FcrHorizon>();
        if (marks.Count == 0)
        {
            return horizons;
        }

        const long microsPerHour = 3_600_000_000;
        var first = calendar.DayOf(FromMicros((marks.Min(m => m.Hour) - 1) * microsPerHour)).AddDays(-calendar.LookaheadDays - 1);
        var last = calendar.DayOf(FromMicros((marks.Max(m => m.Hour) + 1) * microsPerHour)).AddDays(1);
        await using var command = Command(connection, tx, """
            SELECT day, fcr_pending_from, fcr_counted_until FROM kpi_rollup_days
            WHERE day >= @from AND day <= @to AND dirty = 0 AND computed_at IS NOT NULL
            """);
        Add(command, "from", first.DayNumber);
        Add(command, "to", last.DayNumber);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            horizons[DateOnly.FromDayNumber((int)Long(reader, 0))] = new FcrHorizon(Instant(reader, 1), Instant(reader, 2));
        }

        return horizons;
    }
}
