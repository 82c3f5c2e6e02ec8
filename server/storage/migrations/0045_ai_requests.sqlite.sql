-- Schema 45: questions put to a model and their answers, and the thumbs they got (see the PostgreSQL file).
CREATE TABLE ai_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    provider_id INTEGER REFERENCES ai_providers(id) ON DELETE SET NULL,
    provider_name TEXT NOT NULL,
    model TEXT NOT NULL,
    asked_by_id INTEGER NOT NULL,
    asked_by TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'canceled')),
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    answer TEXT NOT NULL DEFAULT '',
    refusal TEXT NOT NULL DEFAULT '',
    finish_reason TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    cost_nanos INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_token_ms INTEGER,
    created_at INTEGER NOT NULL,
    deadline_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX ai_requests_project ON ai_requests(project_id, id);
CREATE INDEX ai_requests_running ON ai_requests(status) WHERE status = 'running';

CREATE TABLE ai_feedback (
    request_id INTEGER NOT NULL REFERENCES ai_requests(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
