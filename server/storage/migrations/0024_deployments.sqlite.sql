-- Schema 24: environments and their deployments (see the PostgreSQL file for the why).
ALTER TABLE jobs ADD COLUMN environment TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN environment_action TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN waiting_for TEXT NOT NULL DEFAULT '';

CREATE TABLE environments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    folder TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL CHECK (tier IN ('production', 'staging', 'testing', 'development', 'other')),
    external_url TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'available' CHECK (state IN ('available', 'stopping', 'stopped')),
    stop_job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    auto_stop_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, name)
);
CREATE INDEX environments_auto_stop ON environments(auto_stop_at) WHERE auto_stop_at IS NOT NULL;

CREATE TABLE deployment_counters (
    project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    last_iid INTEGER NOT NULL
);
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    iid INTEGER NOT NULL,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    job_name TEXT NOT NULL DEFAULT '',
    job_attempt INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'blocked', 'running', 'success', 'failed', 'canceled', 'skipped')),
    status_reason TEXT NOT NULL DEFAULT '',
    ref TEXT NOT NULL,
    is_tag INTEGER NOT NULL DEFAULT 0,
    sha TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    stop_job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    auto_stop_ms INTEGER NOT NULL DEFAULT 0,
    triggered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER,
    finished_at INTEGER,
    UNIQUE (project_id, iid),
    UNIQUE (job_id, job_attempt)
);
CREATE INDEX deployments_project ON deployments(project_id, id);
CREATE INDEX deployments_environment ON deployments(environment_id, id);
CREATE INDEX deployments_environment_status ON deployments(environment_id, status, id);

CREATE TRIGGER jobs_move_deployments AFTER UPDATE OF status ON jobs
WHEN NEW.environment <> '' AND NEW.environment_action = 'start' AND OLD.status IS NOT NEW.status
BEGIN UPDATE deployments SET job_attempt = NEW.attempt WHERE NEW.attempt <> OLD.attempt AND NEW.status = 'pending' AND job_id = NEW.id AND job_attempt = OLD.attempt; UPDATE deployments SET status = CASE WHEN NEW.status IN ('running', 'success', 'failed', 'canceled', 'skipped') THEN NEW.status ELSE 'created' END, status_reason = CASE WHEN NEW.status IN ('failed', 'skipped') THEN NEW.failure_reason ELSE '' END, started_at = NEW.started_at, finished_at = NEW.finished_at WHERE job_id = NEW.id AND job_attempt = NEW.attempt; UPDATE environments SET state = 'available', external_url = COALESCE((SELECT d.url FROM deployments d WHERE d.job_id = NEW.id AND d.job_attempt = NEW.attempt AND d.url <> ''), external_url), stop_job_id = (SELECT d.stop_job_id FROM deployments d WHERE d.job_id = NEW.id AND d.job_attempt = NEW.attempt), auto_stop_at = (SELECT CASE WHEN d.auto_stop_ms > 0 THEN NEW.finished_at + d.auto_stop_ms END FROM deployments d WHERE d.job_id = NEW.id AND d.job_attempt = NEW.attempt), updated_at = NEW.finished_at WHERE NEW.status = 'success' AND id = (SELECT d.environment_id FROM deployments d WHERE d.job_id = NEW.id AND d.job_attempt = NEW.attempt); END;
CREATE TRIGGER jobs_move_stopped_environments AFTER UPDATE OF status ON jobs
WHEN NEW.environment <> '' AND NEW.environment_action = 'stop' AND OLD.status IS NOT NEW.status AND NEW.status IN ('running', 'success', 'failed', 'canceled')
BEGIN UPDATE environments SET state = CASE NEW.status WHEN 'running' THEN 'stopping' WHEN 'success' THEN 'stopped' ELSE 'available' END, auto_stop_at = NULL, updated_at = COALESCE(NEW.finished_at, NEW.started_at, updated_at) WHERE project_id = NEW.project_id AND name = NEW.environment AND state <> 'stopped'; END;
