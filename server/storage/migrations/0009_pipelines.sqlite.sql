-- Schema 9: pipelines and their jobs. The database is the truth about every
-- run: a pipeline is made from one commit's .gitlab-ci.yml, and each job
-- keeps what it will run (spec) and where it stands (status).
CREATE TABLE pipelines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('created', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual', 'scheduled')),
    source TEXT NOT NULL,
    ref TEXT NOT NULL,
    is_tag INTEGER NOT NULL DEFAULT 0,
    sha TEXT NOT NULL,
    commit_message TEXT NOT NULL DEFAULT '',
    variables TEXT NOT NULL DEFAULT '[]',
    triggered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER
);
CREATE INDEX pipelines_project ON pipelines(project_id, id);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    stage TEXT NOT NULL,
    stage_index INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'pending', 'running', 'success', 'failed', 'canceled', 'skipped', 'manual', 'scheduled')),
    run_when TEXT NOT NULL,
    allow_failure INTEGER NOT NULL DEFAULT 0,
    needs TEXT,
    spec TEXT NOT NULL,
    attempt INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    queued_at INTEGER,
    started_at INTEGER,
    finished_at INTEGER,
    failure_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jobs_pipeline ON jobs(pipeline_id, id);
CREATE INDEX jobs_status ON jobs(status, id);
