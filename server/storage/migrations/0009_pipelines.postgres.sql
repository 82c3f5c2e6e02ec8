-- Schema 9: pipelines and their jobs. The database is the truth about every
-- run: a pipeline is made from one commit's .gitlab-ci.yml, and each job
-- keeps what it will run (spec) and where it stands (status).
CREATE TABLE pipelines (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('created', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual', 'scheduled')),
    source TEXT NOT NULL,
    ref TEXT NOT NULL,
    is_tag BOOLEAN NOT NULL DEFAULT FALSE,
    sha TEXT NOT NULL,
    commit_message TEXT NOT NULL DEFAULT '',
    variables TEXT NOT NULL DEFAULT '[]',
    triggered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT
);
CREATE INDEX pipelines_project ON pipelines(project_id, id);

CREATE TABLE jobs (
    id BIGSERIAL PRIMARY KEY,
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    stage TEXT NOT NULL,
    stage_index INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual', 'scheduled')),
    run_when TEXT NOT NULL,
    allow_failure BOOLEAN NOT NULL DEFAULT FALSE,
    needs TEXT,
    spec TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    queued_at BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    failure_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jobs_pipeline ON jobs(pipeline_id, id);
CREATE INDEX jobs_status ON jobs(status, id);
