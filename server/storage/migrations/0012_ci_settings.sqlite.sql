-- Schema 12: what a project's pipelines read and receive. Each project names
-- its CI definition file; its variables are stored sealed with the server's
-- secrets key, and masked ones are never shown back nor written to a log.
-- A pipeline keeps the CI_* variables its trigger brought (merge requests).
ALTER TABLE projects ADD COLUMN ci_config_path TEXT NOT NULL DEFAULT '.gitlab-ci.yml';
ALTER TABLE pipelines ADD COLUMN predefined TEXT NOT NULL DEFAULT '[]';

CREATE TABLE project_variables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value_sealed TEXT NOT NULL,
    masked INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, key)
);

-- Each log chunk knows where it starts in the job's log (in bytes), so a
-- follower resumes from the byte it last saw.
ALTER TABLE job_logs ADD COLUMN byte_offset INTEGER NOT NULL DEFAULT 0;
