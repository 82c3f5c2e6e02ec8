-- Schema 16: pipeline schedules (cron in a time zone, run as their owner),
-- and leases that elect one holder of a job among replicas (the scheduler).
CREATE TABLE pipeline_schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    cron TEXT NOT NULL,
    timezone TEXT NOT NULL,
    ref TEXT NOT NULL,
    variables TEXT NOT NULL DEFAULT '[]',
    active INTEGER NOT NULL DEFAULT 1,
    owner_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    next_run_at INTEGER,
    last_run_at INTEGER,
    last_pipeline_id INTEGER REFERENCES pipelines(id) ON DELETE SET NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX pipeline_schedules_project ON pipeline_schedules(project_id, id);
CREATE INDEX pipeline_schedules_due ON pipeline_schedules(next_run_at) WHERE active = 1;

CREATE TABLE leader_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
