-- Schema 41: AI providers (see the PostgreSQL file).
CREATE TABLE ai_providers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    base_url TEXT NOT NULL,
    model TEXT NOT NULL,
    key_sealed TEXT NOT NULL DEFAULT '',
    key_hint TEXT NOT NULL DEFAULT '',
    timeout_seconds INTEGER NOT NULL,
    max_tokens INTEGER NOT NULL,
    prompt_price_per_million INTEGER NOT NULL DEFAULT 0,
    completion_price_per_million INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organisation_id, name)
);
