-- Schema 36: audit streams, receivers outside that get every sealed audit event the stream's
-- filters pass, in order, at least once. `after_seq` is how far the receiver has acknowledged;
-- the events themselves stay in audit_events, so a receiver that is down falls behind and
-- catches up, across restarts, without a copy of the backlog.
CREATE TABLE audit_streams (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    url_sealed TEXT NOT NULL,
    url_hint TEXT NOT NULL,
    token_sealed TEXT NOT NULL,
    action_filter TEXT NOT NULL DEFAULT '',
    outcome_filter TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    after_seq BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_sent_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
