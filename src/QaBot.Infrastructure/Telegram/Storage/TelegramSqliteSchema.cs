using QaBot.Infrastructure.Storage;

namespace QaBot.Infrastructure.Telegram.Storage;

/// <summary>The bot's SQLite tables, as versioned steps (module <c>telegram</c>). Never edit a released step: add one.</summary>
internal static class TelegramSqliteSchema
{
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "outbox, alerts, subscriptions, operator links, link codes, unreachable chats, user settings, flags", """
            CREATE TABLE tg_outbox (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_id             INTEGER NOT NULL,
                kind                INTEGER NOT NULL,
                text                TEXT,
                reply_markup        TEXT,
                photo               BLOB,
                edit_of             INTEGER,
                target_message_id   INTEGER,
                purpose             TEXT,
                state               INTEGER NOT NULL DEFAULT 0,
                attempts            INTEGER NOT NULL DEFAULT 0,
                next_attempt_at     INTEGER NOT NULL,
                lease_until         INTEGER,
                telegram_message_id INTEGER,
                last_error          TEXT,
                created_at          INTEGER NOT NULL,
                done_at             INTEGER
            );
            CREATE INDEX ix_tg_outbox_pending ON tg_outbox (chat_id, id) WHERE state = 0;
            CREATE INDEX ix_tg_outbox_due ON tg_outbox (next_attempt_at) WHERE state = 0;
            CREATE TABLE tg_alert_posts (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL);
            CREATE TABLE tg_alert_deliveries (post_id INTEGER NOT NULL, outbox_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, PRIMARY KEY (post_id, outbox_id));
            CREATE TABLE tg_alerts (
                chat_source       TEXT    NOT NULL,
                chat_id           TEXT    NOT NULL,
                post_id           INTEGER,
                state             INTEGER NOT NULL DEFAULT 0,
                grp               TEXT,
                channel           TEXT    NOT NULL,
                first_words       TEXT,
                started_at        INTEGER NOT NULL,
                waited_ms         INTEGER NOT NULL,
                resolved_by       TEXT,
                resolved_after_ms INTEGER,
                claimed_at        INTEGER NOT NULL,
                resolved_at       INTEGER,
                PRIMARY KEY (chat_source, chat_id)
            );
            CREATE INDEX ix_tg_alerts_waiting ON tg_alerts (claimed_at) WHERE state = 0;
            CREATE INDEX ix_tg_alerts_post ON tg_alerts (post_id);
            CREATE TABLE tg_once (key TEXT PRIMARY KEY, at INTEGER NOT NULL);
            CREATE TABLE tg_subscriptions (chat_id INTEGER PRIMARY KEY, title TEXT, subscribed_by INTEGER NOT NULL, at INTEGER NOT NULL);
            CREATE TABLE tg_operator_links (user_id INTEGER PRIMARY KEY, operator_id TEXT NOT NULL UNIQUE, linked_at INTEGER NOT NULL);
            CREATE TABLE tg_link_codes (
                code_hash TEXT PRIMARY KEY, operator_id TEXT NOT NULL, created_by INTEGER NOT NULL,
                expires_at INTEGER NOT NULL, used_by INTEGER, used_at INTEGER);
            CREATE TABLE tg_unreachable (chat_id INTEGER PRIMARY KEY, reason TEXT NOT NULL, at INTEGER NOT NULL);
            CREATE TABLE tg_user_settings (user_id INTEGER PRIMARY KEY, language TEXT, telegram_language TEXT);
            CREATE TABLE tg_flags (
                id INTEGER PRIMARY KEY AUTOINCREMENT, chat_source TEXT NOT NULL, chat_id TEXT NOT NULL, message_id TEXT NOT NULL,
                check_name TEXT NOT NULL, text TEXT NOT NULL, language TEXT, created_at INTEGER NOT NULL);
            """),
        new(2, "outbox documents (file name)", """
            ALTER TABLE tg_outbox ADD COLUMN file_name TEXT;
            """),
        new(3, "alert warnings: level reached, who took the chat, escalation", """
            ALTER TABLE tg_alerts ADD COLUMN level INTEGER NOT NULL DEFAULT 100;
            ALTER TABLE tg_alerts ADD COLUMN taken_by TEXT;
            ALTER TABLE tg_alerts ADD COLUMN taken_by_user INTEGER;
            ALTER TABLE tg_alerts ADD COLUMN escalated_at INTEGER;
            """),
        new(4, "chat references behind drill-down buttons whose key does not fit 64 bytes", """
            CREATE TABLE tg_chat_refs (id INTEGER PRIMARY KEY AUTOINCREMENT, chat_source TEXT NOT NULL, chat_id TEXT NOT NULL, created_at INTEGER NOT NULL);
            """),
        new(5, "operators' disputes of a failed check and the supervisor's decision", """
            CREATE TABLE tg_disputes (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_source   TEXT NOT NULL,
                chat_id       TEXT NOT NULL,
                check_name    TEXT NOT NULL,
                operator_id   TEXT NOT NULL,
                operator_user INTEGER NOT NULL,
                state         INTEGER NOT NULL DEFAULT 0,
                decided_by    INTEGER,
                decided_name  TEXT,
                created_at    INTEGER NOT NULL,
                decided_at    INTEGER,
                UNIQUE (chat_source, chat_id, check_name, operator_id)
            );
            """),
    ];
}
