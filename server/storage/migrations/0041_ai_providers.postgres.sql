-- Schema 41: the models an organisation lets its projects ask (OpenAI-compatible endpoints), the
-- key sealed like every stored secret.
CREATE TABLE ai_providers (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    base_url TEXT NOT NULL,
    model TEXT NOT NULL,
    key_sealed TEXT NOT NULL DEFAULT '',
    key_hint TEXT NOT NULL DEFAULT '',
    timeout_seconds INTEGER NOT NULL,
    max_tokens INTEGER NOT NULL,
    prompt_price_per_million BIGINT NOT NULL DEFAULT 0,
    completion_price_per_million BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'USD',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (organisation_id, name)
);
