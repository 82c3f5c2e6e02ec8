-- Schema 25: approvals for deployments. An approve rule asks for a number of approvals
-- from those it names.
-- Each person approves or rejects a deployment once; approvals are kept with it, and whoever
-- started a deployment never approves it (GitLab's default).
ALTER TABLE environment_rules ADD COLUMN required_approvals INTEGER NOT NULL DEFAULT 1 CHECK (required_approvals BETWEEN 1 AND 10);

CREATE TABLE deployment_approvals (
    id BIGSERIAL PRIMARY KEY,
    deployment_id BIGINT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('approved', 'rejected')),
    comment TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (deployment_id, user_id)
);
