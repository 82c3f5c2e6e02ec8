-- Schema 10: webhooks from GitHub and GitLab. Each project keeps one webhook
-- secret, sealed with the server's secrets key; every delivery is recorded
-- once (a repeated delivery, or the second event of one tag push, makes
-- nothing new) with what came of it.
CREATE TABLE project_webhooks (
    project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    secret_sealed TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    event TEXT NOT NULL,
    outcome TEXT NOT NULL,
    pipeline_id INTEGER REFERENCES pipelines(id) ON DELETE SET NULL,
    received_at INTEGER NOT NULL,
    UNIQUE (project_id, provider, dedupe_key)
);
