-- Schema 16: pipeline schedules (cron in a time zone, run as their owner),
-- and leases that elect one holder of a job among replicas (the scheduler).
CREATE TABLE pipeline_schedules (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    cron TEXT NOT NULL,
    timezone TEXT NOT NULL,
    ref TEXT NOT NULL,
    variables TEXT NOT NULL DEFAULT '[]',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    owner_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    next_run_at BIGINT,
    last_run_at BIGINT,
    last_pipeline_id BIGINT REFERENCES pipelines(id) ON DELETE SET NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pipeline_schedules_project ON pipeline_schedules(project_id, id);
CREATE INDEX pipeline_schedules_due ON pipeline_schedules(next_run_at) WHERE active;

CREATE TABLE leader_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
