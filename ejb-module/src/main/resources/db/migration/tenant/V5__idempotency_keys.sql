-- Idempotency-Key (ADR 0012): a POST sent again with the same key and body within 24 h gets the first answer
-- back instead of being carried out twice. One row per caller and key: inserted (committed) before the action
-- runs, so that a second request with the key sees it; the answer is written when the action has answered.
CREATE TABLE idempotency_keys (
    caller_id        BIGINT       NOT NULL,  -- the signed-in user (users.id): keys of two users never meet
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
