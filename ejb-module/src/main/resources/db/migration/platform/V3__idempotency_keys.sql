-- Idempotency-Key on the operator API (ADR 0012); the same table as each store's (tenant V5), keyed by operator.
CREATE TABLE idempotency_keys (
    caller_id        BIGINT       NOT NULL,  -- the operator (operators.id)
    idempotency_key  VARCHAR(255) NOT NULL,
    fingerprint      BYTEA        NOT NULL,  -- SHA-256 of the method, path, query and raw body
    attempt          UUID         NOT NULL,  -- the request holding the key (a retry after 24 h takes the row over)
    created_at       TIMESTAMPTZ  NOT NULL,
    completed_at     TIMESTAMPTZ,            -- null while the action runs
    status           SMALLINT,
    headers          JSONB,                  -- the headers that matter (Content-Type, Location, Retry-After)
    body             BYTEA,
    PRIMARY KEY (caller_id, idempotency_key)
);

-- The housekeeping job deletes keys older than 24 h.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
