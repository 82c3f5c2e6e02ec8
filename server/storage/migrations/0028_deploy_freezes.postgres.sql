-- Schema 28: deploy freeze windows (GitLab's freeze periods: cron start,
-- cron end, IANA time zone) and per-environment settings: a hard freeze holds
-- deploy jobs while a window is active (a maintainer may override, recorded on
-- the deployment), and whether who started a deployment may approve it.
CREATE TABLE freeze_windows (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    freeze_start TEXT NOT NULL,
    freeze_end TEXT NOT NULL,
    cron_timezone TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX freeze_windows_project ON freeze_windows(project_id);

CREATE TABLE environment_settings (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    hard_freeze BOOLEAN NOT NULL DEFAULT FALSE,
    allow_self_approval BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, environment)
);

ALTER TABLE deployments ADD COLUMN freeze_overridden_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
