-- The agent console's own tables, in its own schema (quarkus.flyway.schemas=agent_console): nothing here touches
-- another service's tables in public.

CREATE TABLE agents (
    username        TEXT PRIMARY KEY,
    display_name    TEXT        NOT NULL,
    -- bcrypt in Modular Crypt Format ($2a$...): never the password itself.
    password_hash   TEXT        NOT NULL,
    -- comma separated: agent, supervisor
    roles           TEXT        NOT NULL,
    available       BOOLEAN     NOT NULL DEFAULT TRUE,
    max_open_chats  INTEGER     NOT NULL DEFAULT 3,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per conversation the platform has seen, so the whole transcript is there when one is handed over.
CREATE TABLE conversations (
    conversation_id   TEXT PRIMARY KEY,
    shop_id           TEXT        NOT NULL,
    channel           TEXT        NOT NULL,
    -- the envelope's ShopperIdentity as JSON, replayed on an agent's replies
    identity          JSONB,
    customer_id       TEXT,
    contact           TEXT,
    language          TEXT,
    -- bot | queued | claimed | ticket
    status            TEXT        NOT NULL DEFAULT 'bot',
    reason            TEXT,
    summary           TEXT,
    risk              DOUBLE PRECISION,
    emotions          JSONB,
    orders            JSONB,
    owner             TEXT REFERENCES agents (username),
    queued_at         TIMESTAMPTZ,
    claimed_at        TIMESTAMPTZ,
    last_utterance_id TEXT,
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX conversations_status ON conversations (status, queued_at);
CREATE INDEX conversations_owner ON conversations (owner) WHERE owner IS NOT NULL;

CREATE TABLE transcript_lines (
    id              BIGSERIAL PRIMARY KEY,
    -- the event the line came from, or a fresh id for a console-made line: a redelivered event adds no second line
    event_id        TEXT        NOT NULL UNIQUE,
    conversation_id TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    -- shopper | bot | agent | note | system
    author          TEXT        NOT NULL,
    agent_name      TEXT,
    text            TEXT        NOT NULL,
    message_id      TEXT
);
CREATE INDEX transcript_lines_conversation ON transcript_lines (conversation_id, at, id);

CREATE TABLE tickets (
    id              BIGSERIAL PRIMARY KEY,
    -- the HandoffRequested that filed it: one ticket per handover
    event_id        TEXT        NOT NULL UNIQUE,
    conversation_id TEXT        NOT NULL,
    contact         TEXT,
    customer_id     TEXT,
    reason          TEXT        NOT NULL,
    summary         TEXT        NOT NULL,
    language        TEXT,
    -- open | done
    status          TEXT        NOT NULL DEFAULT 'open',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    done_by         TEXT,
    done_at         TIMESTAMPTZ
);
CREATE INDEX tickets_open ON tickets (status, created_at);
