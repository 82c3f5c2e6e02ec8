-- Schema 32: environments that deploy to Kubernetes, and each deploy job's apply and rollout there.
-- A target is keyed by the environment's name (it may be set before the first deploy makes the
-- environment). A rollout keeps what it applied (its inventory: the next revision prunes by it)
-- and the last health of each object, as JSON; `rollback` says what its automatic rollback did,
-- `drift` holds the last drift check of it (JSON; empty: never checked).
CREATE TABLE kubernetes_targets (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    namespace TEXT NOT NULL,
    manifest_path TEXT NOT NULL,
    auto_rollback BOOLEAN NOT NULL DEFAULT FALSE,
    force_conflicts BOOLEAN NOT NULL DEFAULT FALSE,
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, environment)
);
CREATE TABLE kubernetes_rollouts (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    job_id BIGINT NOT NULL,
    job_attempt INTEGER NOT NULL,
    sha TEXT NOT NULL,
    cluster_name TEXT NOT NULL,
    namespace TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    inventory TEXT NOT NULL DEFAULT '[]',
    health TEXT NOT NULL DEFAULT '[]',
    rollback TEXT NOT NULL DEFAULT '',
    drift TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX kubernetes_rollouts_by_environment ON kubernetes_rollouts (project_id, environment, id);
