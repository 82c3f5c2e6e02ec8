-- Schema 32: Kubernetes targets of environments and their rollouts (see the PostgreSQL file for the why).
CREATE TABLE kubernetes_targets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    namespace TEXT NOT NULL,
    manifest_path TEXT NOT NULL,
    auto_rollback INTEGER NOT NULL DEFAULT 0,
    force_conflicts INTEGER NOT NULL DEFAULT 0,
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, environment)
);
CREATE TABLE kubernetes_rollouts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    job_id INTEGER NOT NULL,
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
    started_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE INDEX kubernetes_rollouts_by_environment ON kubernetes_rollouts (project_id, environment, id);
