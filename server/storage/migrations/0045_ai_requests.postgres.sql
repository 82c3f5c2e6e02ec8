-- Schema 45: every question put to an organisation's model and its answer, kept for the team
-- (what it cost, how it ended), and the thumbs people gave it. `cancel_requested` lets any
-- replica ask the one streaming the answer to stop; `deadline_at` tells an answer whose server
-- went away from one still streaming.
CREATE TABLE ai_requests (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    job_id BIGINT REFERENCES jobs(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    provider_id BIGINT REFERENCES ai_providers(id) ON DELETE SET NULL,
    provider_name TEXT NOT NULL,
    model TEXT NOT NULL,
    asked_by_id BIGINT NOT NULL,
    asked_by TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'canceled')),
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    answer TEXT NOT NULL DEFAULT '',
    refusal TEXT NOT NULL DEFAULT '',
    finish_reason TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    cost_nanos BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_token_ms BIGINT,
    created_at BIGINT NOT NULL,
    deadline_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX ai_requests_project ON ai_requests(project_id, id);
CREATE INDEX ai_requests_running ON ai_requests(status) WHERE status = 'running';

CREATE TABLE ai_feedback (
    request_id BIGINT NOT NULL REFERENCES ai_requests(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    rating SMALLINT NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
