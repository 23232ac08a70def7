using QaBot.Infrastructure.Storage;

namespace QaBot.Infrastructure.Kpis.Rollups;

/// <summary>
/// The <c>kpi</c> module's tables, as versioned steps per database. Never edit a released step: add a new one.
/// <list type="bullet">
/// <item><c>kpi_rollups</c>: one row per business day and slice (all, group, operator): the day's aggregate as
/// <c>KpiJson</c> without concurrency spans, the totals alone (for the trend), the spans packed by <see cref="SpanCodec"/>.</item>
/// <item><c>kpi_rollup_days</c>: one row per day: a <c>generation</c> bumped whenever the day is marked dirty, whether
/// it is dirty, the settings fingerprint and instants its rollup was computed with.</item>
/// <item><c>kpi_dirty_hours</c>: filled by triggers on <c>chats</c> and <c>chat_results</c> in the writer's own
/// transaction, so no change is ever missed: the UTC hour (started_at in µs / 3.6e9) of every chat inserted,
/// updated or deleted. The rollup service claims the rows and marks the days that depend on them dirty.</item>
/// </list>
/// The triggers live on the transcripts module's tables: migrate <c>kpi</c> after it, and a transcripts step that
/// recreates <c>chats</c> or <c>chat_results</c> must be followed by a <c>kpi</c> step that recreates the triggers.
/// </summary>
internal static class KpiRollupSchema
{
    public const string Module = "kpi";

    public static IReadOnlyList<SchemaMigration> Sqlite { get; } =
    [
        new(1, "KPI rollups per business day and slice; dirty hours fed by triggers", """
            CREATE TABLE kpi_rollup_days (
                day         INTEGER PRIMARY KEY,
                generation  INTEGER NOT NULL,
                dirty       INTEGER NOT NULL,
                fingerprint TEXT,
                computed_at INTEGER,
                settles_at  INTEGER
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
            -- outer statement (the store's upsert) would override it and fail on a duplicate hour.
            CREATE TABLE kpi_dirty_hours (hour INTEGER PRIMARY KEY);
            CREATE TRIGGER kpi_chats_inserted AFTER INSERT ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT NEW.started_at / 3600000000
                WHERE NEW.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = NEW.started_at / 3600000000);
            END;
            CREATE TRIGGER kpi_chats_updated AFTER UPDATE ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT NEW.started_at / 3600000000
                WHERE NEW.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = NEW.started_at / 3600000000);
                INSERT INTO kpi_dirty_hours (hour) SELECT OLD.started_at / 3600000000
                WHERE OLD.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = OLD.started_at / 3600000000);
            END;
            CREATE TRIGGER kpi_chats_deleted AFTER DELETE ON chats BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT OLD.started_at / 3600000000
                WHERE OLD.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = OLD.started_at / 3600000000);
            END;
            CREATE TRIGGER kpi_results_inserted AFTER INSERT ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT NEW.started_at / 3600000000
                WHERE NEW.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = NEW.started_at / 3600000000);
            END;
            CREATE TRIGGER kpi_results_updated AFTER UPDATE ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT NEW.started_at / 3600000000
                WHERE NEW.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = NEW.started_at / 3600000000);
                INSERT INTO kpi_dirty_hours (hour) SELECT OLD.started_at / 3600000000
                WHERE OLD.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = OLD.started_at / 3600000000);
            END;
            CREATE TRIGGER kpi_results_deleted AFTER DELETE ON chat_results BEGIN
                INSERT INTO kpi_dirty_hours (hour) SELECT OLD.started_at / 3600000000
                WHERE OLD.started_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM kpi_dirty_hours WHERE hour = OLD.started_at / 3600000000);
            END;
            -- Chats stored before this step: every day they touch is dirty, so the first refresh rolls them up.
            INSERT INTO kpi_dirty_hours (hour) SELECT DISTINCT started_at / 3600000000 FROM chats WHERE started_at IS NOT NULL;
            """),
    ];

    public static IReadOnlyList<SchemaMigration> Postgres { get; } =
    [
        new(1, "KPI rollups per business day and slice; dirty hours fed by triggers", """
            CREATE TABLE kpi_rollup_days (
                day         integer PRIMARY KEY,
                generation  bigint  NOT NULL,
                dirty       integer NOT NULL,
                fingerprint text,
                computed_at bigint,
                settles_at  bigint
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
            CREATE TABLE kpi_dirty_hours (hour bigint NOT NULL);
            -- Statement-level with transition tables: one insert of the distinct hours per bulk merge, not one per row.
            CREATE FUNCTION kpi_mark_chats() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO kpi_dirty_hours (hour)
                    SELECT DISTINCT floor(extract(epoch FROM started_at) / 3600)::bigint FROM kpi_new_rows WHERE started_at IS NOT NULL;
                END IF;
                IF TG_OP <> 'INSERT' THEN
                    INSERT INTO kpi_dirty_hours (hour)
                    SELECT DISTINCT floor(extract(epoch FROM started_at) / 3600)::bigint FROM kpi_old_rows WHERE started_at IS NOT NULL;
                END IF;
                RETURN NULL;
            END $$;
            CREATE FUNCTION kpi_mark_results() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO kpi_dirty_hours (hour)
                    SELECT DISTINCT started_at / 3600000000 FROM kpi_new_rows WHERE started_at IS NOT NULL;
                END IF;
                IF TG_OP <> 'INSERT' THEN
                    INSERT INTO kpi_dirty_hours (hour)
                    SELECT DISTINCT started_at / 3600000000 FROM kpi_old_rows WHERE started_at IS NOT NULL;
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
            INSERT INTO kpi_dirty_hours (hour)
            SELECT DISTINCT floor(extract(epoch FROM started_at) / 3600)::bigint FROM chats WHERE started_at IS NOT NULL;
            """),
    ];
}
