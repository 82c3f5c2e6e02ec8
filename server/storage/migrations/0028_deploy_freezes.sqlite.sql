-- Schema 28: deploy freeze windows and environment settings (see the PostgreSQL file for the why).
CREATE TABLE freeze_windows (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    freeze_start TEXT NOT NULL,
    freeze_end TEXT NOT NULL,
    cron_timezone TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX freeze_windows_project ON freeze_windows(project_id);

CREATE TABLE environment_settings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    hard_freeze INTEGER NOT NULL DEFAULT 0,
    allow_self_approval INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, environment)
);

ALTER TABLE deployments ADD COLUMN freeze_overridden_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
