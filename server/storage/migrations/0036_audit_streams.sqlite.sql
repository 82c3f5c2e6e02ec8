-- Schema 36: audit streams (see the PostgreSQL file).
CREATE TABLE audit_streams (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    url_sealed TEXT NOT NULL,
    url_hint TEXT NOT NULL,
    token_sealed TEXT NOT NULL,
    action_filter TEXT NOT NULL DEFAULT '',
    outcome_filter TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    after_seq INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    claimed_until INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    last_sent_at INTEGER,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
