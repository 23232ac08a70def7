namespace QaBot.Infrastructure.Storage.Postgres;

/// <summary>The PostgreSQL schema, as versioned steps. Never edit a released step: add a new one.</summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "chats and messages", """
            CREATE TABLE chats (
                source          text        NOT NULL,
                id              text        NOT NULL,
                channel         text        NOT NULL,
                grp             text,
                language        text,
                customer_id     text,
                customer_name   text,
                ended_at        timestamptz,
                closed_at       timestamptz,
                csat            smallint,
                converted       boolean,
                order_value     numeric,
                tags            text,
                started_at      timestamptz,
                last_message_at timestamptz,
                message_count   integer     NOT NULL DEFAULT 0,
                revision        bigint      NOT NULL DEFAULT 1,
                updated_at      timestamptz NOT NULL,
                PRIMARY KEY (source, id)
            );
            CREATE INDEX ix_chats_started_at ON chats (started_at);
            CREATE INDEX ix_chats_open ON chats (last_message_at) WHERE ended_at IS NULL;
            CREATE TABLE messages (
                source        text        NOT NULL,
                chat_id       text        NOT NULL,
                id            text        NOT NULL,
                at            timestamptz NOT NULL,
                sender        text        NOT NULL,
                text          text,
                operator_id   text,
                operator_name text,
                canned        boolean,
                event         text,
                PRIMARY KEY (source, chat_id, id)
            );
            CREATE INDEX ix_messages_operator ON messages (operator_id, at) WHERE operator_id IS NOT NULL;
            """),
        new(2, "chat results and supervisor labels (instants as Unix microseconds, shared SQL)", """
            CREATE TABLE chat_results (
                source       text NOT NULL,
                chat_id      text NOT NULL,
                revision     bigint NOT NULL,
                version      text NOT NULL,
                started_at   bigint,
                qa_score     bigint,
                checks       text NOT NULL,
                evidence     text NOT NULL,
                politeness   text NOT NULL,
                sales_intent bigint NOT NULL,
                computed_at  bigint NOT NULL,
                PRIMARY KEY (source, chat_id)
            );
            CREATE INDEX ix_chat_results_started ON chat_results (started_at, qa_score);
            CREATE TABLE labels (
                source      text NOT NULL,
                chat_id     text NOT NULL,
                message_id  text NOT NULL,
                check_name  text NOT NULL,
                confirmed   bigint NOT NULL,
                text        text NOT NULL,
                language    text,
                labelled_by bigint NOT NULL,
                at          bigint NOT NULL,
                PRIMARY KEY (source, chat_id, message_id, check_name)
            );
            """),
        new(3, "politeness review tier: ids of the operator messages a supervisor should label", """
            ALTER TABLE chat_results ADD COLUMN review text;
            """),
    ];

    /// <summary>Session-local staging tables the binary COPY writes into before the merge.</summary>
    public const string StagingTables = """
        CREATE TEMP TABLE IF NOT EXISTS stage_chats (
            source text, id text, channel text, grp text, language text, customer_id text, customer_name text,
            ended_at timestamptz, closed_at timestamptz, csat smallint, converted boolean, order_value numeric, tags text,
            started_at timestamptz, last_message_at timestamptz, message_count integer
        ) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS stage_messages (
            source text, chat_id text, id text, at timestamptz, sender text, text text, operator_id text,
            operator_name text, canned boolean, event text
        ) ON COMMIT DELETE ROWS;
        """;
}
