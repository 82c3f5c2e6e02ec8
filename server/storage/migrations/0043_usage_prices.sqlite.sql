-- Schema 43: what running jobs and keeping files uses, and its prices (see the PostgreSQL file).
CREATE TABLE job_usage (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL,
    attempt INTEGER NOT NULL,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    executor TEXT NOT NULL,
    run_ms INTEGER NOT NULL,
    cpu_millicores INTEGER NOT NULL,
    memory_mib INTEGER NOT NULL,
    rolled_up INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX job_usage_project ON job_usage (project_id);
CREATE INDEX job_usage_unrolled ON job_usage (id) WHERE rolled_up = 0;

CREATE TABLE usage_daily (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    environment_id INTEGER NOT NULL,
    executor TEXT NOT NULL,
    runs INTEGER NOT NULL,
    run_ms INTEGER NOT NULL,
    cpu_millicore_ms INTEGER NOT NULL,
    memory_mib_ms INTEGER NOT NULL,
    PRIMARY KEY (project_id, day, environment_id, executor)
) WITHOUT ROWID;

CREATE TABLE storage_usage (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    artifacts_bytes INTEGER NOT NULL,
    caches_bytes INTEGER NOT NULL,
    logs_bytes INTEGER NOT NULL,
    PRIMARY KEY (project_id, day)
) WITHOUT ROWID;

CREATE TABLE cost_prices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    meter TEXT NOT NULL,
    currency TEXT NOT NULL,
    unit_nanos INTEGER NOT NULL,
    valid_from INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (organisation_id, meter, valid_from)
);
