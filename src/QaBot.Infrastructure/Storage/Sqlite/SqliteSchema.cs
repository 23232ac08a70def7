namespace QaBot.Infrastructure.Storage.Sqlite;

/// <summary>The SQLite schema, as versioned steps. Never edit a released step: add a new one.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "chats and messages", """
            CREATE TABLE chats (
                source          TEXT    NOT NULL,
                id              TEXT    NOT NULL,
                channel         TEXT    NOT NULL,
                grp             TEXT,
                language        TEXT,
                customer_id     TEXT,
                customer_name   TEXT,
                ended_at        INTEGER,
                closed_at       INTEGER,
                csat            INTEGER,
                converted       INTEGER,
                order_value     TEXT,
                tags            TEXT,
                started_at      INTEGER,
                last_message_at INTEGER,
                message_count   INTEGER NOT NULL DEFAULT 0,
                revision        INTEGER NOT NULL DEFAULT 1,
                updated_at      INTEGER NOT NULL,
                PRIMARY KEY (source, id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_chats_started_at ON chats (started_at);
            CREATE INDEX ix_chats_open ON chats (last_message_at) WHERE ended_at IS NULL;
            CREATE TABLE messages (
                source        TEXT    NOT NULL,
                chat_id       TEXT    NOT NULL,
                id            TEXT    NOT NULL,
                at            INTEGER NOT NULL,
                sender        TEXT    NOT NULL,
                text          TEXT,
                operator_id   TEXT,
                operator_name TEXT,
                canned        INTEGER,
                event         TEXT,
                PRIMARY KEY (source, chat_id, id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_messages_operator ON messages (operator_id, at) WHERE operator_id IS NOT NULL;
            """),
        new(2, "chat results and supervisor labels (instants as Unix microseconds, shared SQL)", """
            CREATE TABLE chat_results (
                source       TEXT NOT NULL,
                chat_id      TEXT NOT NULL,
                revision     INTEGER NOT NULL,
                version      TEXT NOT NULL,
                started_at   INTEGER,
                qa_score     INTEGER,
                checks       TEXT NOT NULL,
                evidence     TEXT NOT NULL,
                politeness   TEXT NOT NULL,
                sales_intent INTEGER NOT NULL,
                computed_at  INTEGER NOT NULL,
                PRIMARY KEY (source, chat_id)
            );
            CREATE INDEX ix_chat_results_started ON chat_results (started_at, qa_score);
            CREATE TABLE labels (
                source      TEXT NOT NULL,
                chat_id     TEXT NOT NULL,
                message_id  TEXT NOT NULL,
                check_name  TEXT NOT NULL,
                confirmed   INTEGER NOT NULL,
                text        TEXT NOT NULL,
                language    TEXT,
                labelled_by INTEGER NOT NULL,
                at          INTEGER NOT NULL,
                PRIMARY KEY (source, chat_id, message_id, check_name)
            );
            """),
        new(3, "politeness review tier: ids of the operator messages a supervisor should label", """
            ALTER TABLE chat_results ADD COLUMN review TEXT;
            """),
    ];
}
