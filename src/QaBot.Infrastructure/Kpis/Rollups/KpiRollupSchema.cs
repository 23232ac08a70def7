using QaBot.Infrastructure.Storage;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// The <c>kpi</c> module's tables, as versioned steps per database. Never edit a released step: add a new one.
/// <list type="bullet">
/// <item><c>kpi_rollups</c>: one row per business day and slice (all, group, operator): the day's aggregate as
/// <c>KpiJson</c> without concurrency spans, the totals alone (for the trend), the spans packed by <see cref="SpanCodec"/>.</item>
/// <item><c>kpi_rollup_days</c>: one row per day: a <c>generation</c> bumped whenever the day is marked dirty, whether
/// it is dirty, and the settings fingerprint, instants and <see cref="FcrHorizon"/> of its stored rollup.</item>
/// <item><c>kpi_dirty_hours</c>: <see cref="DirtyMark"/>s written by triggers on <c>chats</c> and <c>chat_results</c> in the
/// writer's own transaction, so no change is ever missed. The rollup service claims them and marks the days they
/// can alter (<see cref="DirtyDays"/>) dirty.</item>
/// </list>
/// The triggers live on the transcripts module's tables: migrate <c>kpi</c> after it, and a transcripts step that
/// recreates <c>chats</c> or <c>chat_results</c> must be followed by a <c>kpi</c> step that recreates the triggers.
/// </summary>
internal static class KpiRollupSchema
{
    public const string Module = "kpi";

    public static IReadOnlyList<SchemaMigration> Sqlite { get; } =
    [
        new(1, "KPI rollups per business day and slice; dirty marks written by triggers", """
            CREATE TABLE kpi_rollup_days (
                day               INTEGER PRIMARY KEY,
                generation        INTEGER NOT NULL,
                dirty             INTEGER NOT NULL,
                fingerprint       TEXT,
                computed_at       INTEGER,
                settles_at        INTEGER,
                fcr_pending_from  INTEGER,
                fcr_counted_until INTEGER
            );
            CREATE TABLE kpi_rollups (
                day         INTEGER NOT NULL,
                slice       TEXT    NOT NULL,
                accumulator TEXT    NOT NULL,
                totals      TEXT    NOT NULL,
                spans       BLOB    NOT NULL,
                PRIMARY KEY (day, slice)
            ) WITHOUT ROWID;
            -- SQLite has one writer at a time, so a keyed set is enough: the claim cannot interleave with a writer.
            -- The triggers test for the row instead of INSERT OR IGNORE: inside a trigger the conflict clause of the
            -- outer statement (the store's upsert) would override it and fail on a duplicate.
            CREATE TABLE kpi_dirty_hours (
                hour        INTEGER NOT NULL,
                newest_hour INTEGER NOT NULL,
                scope       INTEGER NOT NULL,
                PRIMARY KEY (hour, newest_hour, scope)
            ) WITHOUT ROWID;
            CREATE TRIGGER kpi_chats_inserted AFTER INSERT ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 1 FROM (SELECT NEW.started_at / 3600000000 AS h, COALESCE(NEW.last_message_at, NEW.started_at) / 3600000000 AS n)
                WHERE NEW.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 1);
            END;
            CREATE TRIGGER kpi_chats_updated AFTER UPDATE ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 1 FROM (SELECT NEW.started_at / 3600000000 AS h, COALESCE(NEW.last_message_at, NEW.started_at) / 3600000000 AS n)
                WHERE NEW.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 1);
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 2 FROM (SELECT OLD.started_at / 3600000000 AS h, COALESCE(OLD.last_message_at, OLD.started_at) / 3600000000 AS n)
                WHERE OLD.started_at IS NOT NULL AND (NEW.started_at IS NOT OLD.started_at OR NEW.last_message_at < OLD.last_message_at OR (NEW.last_message_at IS NULL AND OLD.last_message_at IS NOT NULL))
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 2);
            END;
            CREATE TRIGGER kpi_chats_deleted AFTER DELETE ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 2 FROM (SELECT OLD.started_at / 3600000000 AS h, COALESCE(OLD.last_message_at, OLD.started_at) / 3600000000 AS n)
                WHERE OLD.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 2);
            END;
            CREATE TRIGGER kpi_results_inserted AFTER INSERT ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 0 FROM (SELECT NEW.started_at / 3600000000 AS h, NEW.started_at / 3600000000 AS n)
                WHERE NEW.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 0);
            END;
            CREATE TRIGGER kpi_results_updated AFTER UPDATE ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 0 FROM (SELECT NEW.started_at / 3600000000 AS h, NEW.started_at / 3600000000 AS n)
                WHERE NEW.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 0);
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 0 FROM (SELECT OLD.started_at / 3600000000 AS h, OLD.started_at / 3600000000 AS n)
                WHERE OLD.started_at IS NOT NULL AND NEW.started_at IS NOT OLD.started_at
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 0);
            END;
            CREATE TRIGGER kpi_results_deleted AFTER DELETE ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                SELECT h, n, 0 FROM (SELECT OLD.started_at / 3600000000 AS h, OLD.started_at / 3600000000 AS n)
                WHERE OLD.started_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours d WHERE d.hour = h AND d.newest_hour = n AND d.scope = 0);
            END;
            -- Chats stored before this step: every day they touch is dirty, so the first refresh rolls them up.
            INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
            SELECT DISTINCT started_at / 3600000000, started_at / 3600000000, 2 FROM chats WHERE started_at IS NOT NULL;
            """),
    ];

    public static IReadOnlyList<SchemaMigration> Postgres { get; } =
    [
        new(1, "KPI rollups per business day and slice; dirty marks written by triggers", """
            CREATE TABLE kpi_rollup_days (
                day               integer PRIMARY KEY,
                generation        bigint  NOT NULL,
                dirty             integer NOT NULL,
                fingerprint       text,
                computed_at       bigint,
                settles_at        bigint,
                fcr_pending_from  bigint,
                fcr_counted_until bigint
            );
            CREATE TABLE kpi_rollups (
                day         integer NOT NULL,
                slice       text    NOT NULL,
                accumulator text    NOT NULL,
                totals      text    NOT NULL,
                spans       bytea   NOT NULL,
                PRIMARY KEY (day, slice)
            );
            -- Append-only: concurrent writers never wait on each other, and the claim (DELETE … RETURNING) removes
            -- only rows whose transactions have committed; later ones stay for the next claim.
            CREATE TABLE kpi_dirty_hours (hour bigint NOT NULL, newest_hour bigint NOT NULL, scope integer NOT NULL);
            CREATE FUNCTION kpi_hour(at timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE
                AS $$ SELECT floor(extract(epoch FROM at) / 3600)::bigint $$;
            -- Statement-level with transition tables: one insert of the distinct marks per bulk merge, not one per row.
            CREATE FUNCTION kpi_mark_chats() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT kpi_hour(started_at), kpi_hour(COALESCE(last_message_at, started_at)), 1
                    FROM kpi_new_rows WHERE started_at IS NOT NULL;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT kpi_hour(o.started_at), kpi_hour(COALESCE(o.last_message_at, o.started_at)), 2
                    FROM kpi_old_rows o JOIN kpi_new_rows n ON n.source = o.source AND n.id = o.id
                    WHERE o.started_at IS NOT NULL
                      AND (n.started_at IS DISTINCT FROM o.started_at OR n.last_message_at < o.last_message_at
                           OR (n.last_message_at IS NULL AND o.last_message_at IS NOT NULL));
                END IF;
                IF TG_OP = 'DELETE' THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT kpi_hour(started_at), kpi_hour(COALESCE(last_message_at, started_at)), 2
                    FROM kpi_old_rows WHERE started_at IS NOT NULL;
                END IF;
                RETURN NULL;
            END $$;
            CREATE FUNCTION kpi_mark_results() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT started_at / 3600000000, started_at / 3600000000, 0 FROM kpi_new_rows WHERE started_at IS NOT NULL;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT o.started_at / 3600000000, o.started_at / 3600000000, 0
                    FROM kpi_old_rows o JOIN kpi_new_rows n ON n.source = o.source AND n.chat_id = o.chat_id
                    WHERE o.started_at IS NOT NULL AND n.started_at IS DISTINCT FROM o.started_at;
                END IF;
                IF TG_OP = 'DELETE' THEN
                    INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
                    SELECT DISTINCT started_at / 3600000000, started_at / 3600000000, 0 FROM kpi_old_rows WHERE started_at IS NOT NULL;
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER kpi_chats_inserted AFTER INSERT ON chats REFERENCING NEW TABLE AS kpi_new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_chats();
            CREATE TRIGGER kpi_chats_updated AFTER UPDATE ON chats REFERENCING OLD TABLE AS kpi_old_rows NEW TABLE AS kpi_new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_chats();
            CREATE TRIGGER kpi_chats_deleted AFTER DELETE ON chats REFERENCING OLD TABLE AS kpi_old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_chats();
            CREATE TRIGGER kpi_results_inserted AFTER INSERT ON chat_results REFERENCING NEW TABLE AS kpi_new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_results();
            CREATE TRIGGER kpi_results_updated AFTER UPDATE ON chat_results REFERENCING OLD TABLE AS kpi_old_rows NEW TABLE AS kpi_new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_results();
            CREATE TRIGGER kpi_results_deleted AFTER DELETE ON chat_results REFERENCING OLD TABLE AS kpi_old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION kpi_mark_results();
            -- Chats stored before this step: every day they touch is dirty, so the first refresh rolls them up.
            INSERT INTO kpi_dirty_hours (hour, newest_hour, scope)
            SELECT DISTINCT kpi_hour(started_at), kpi_hour(started_at), 2 FROM chats WHERE started_at IS NOT NULL;
            """),
    ];
}
