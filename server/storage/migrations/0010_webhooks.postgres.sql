-- Schema 10: webhooks from GitHub and GitLab. Each project keeps one webhook
-- secret, sealed with the server's secrets key; every delivery is recorded
-- once (a repeated delivery, or the second event of one tag push, makes
-- nothing new) with what came of it.
CREATE TABLE project_webhooks (
    project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    secret_sealed TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE webhook_deliveries (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    event TEXT NOT NULL,
    outcome TEXT NOT NULL,
    pipeline_id BIGINT REFERENCES pipelines(id) ON DELETE SET NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (project_id, provider, dedupe_key)
);
