-- Schema 24: environments and their deployments. A job that names an environment
-- carries its expanded name and action, so moving a pipeline on tells deploy jobs
-- apart without reading specs, and says what it waits for (approval, ...).
ALTER TABLE jobs ADD COLUMN environment TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN environment_action TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN waiting_for TEXT NOT NULL DEFAULT '';

-- Made by the first job that names one (GitLab's semantics); a name with a '/' sits in
-- the folder before it. stop_job_id and auto_stop_at come from its last successful
-- deployment: the job that stops it, and when it stops by itself.
CREATE TABLE environments (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    folder TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL CHECK (tier IN ('production', 'staging', 'testing', 'development', 'other')),
    external_url TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'available' CHECK (state IN ('available', 'stopping', 'stopped')),
    stop_job_id BIGINT REFERENCES jobs(id) ON DELETE SET NULL,
    auto_stop_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, name)
);
CREATE INDEX environments_auto_stop ON environments(auto_stop_at) WHERE auto_stop_at IS NOT NULL;

-- One per attempt of a job with `environment: action: start`, numbered per project.
CREATE TABLE deployment_counters (
    project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    last_iid BIGINT NOT NULL
);
CREATE TABLE deployments (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    iid BIGINT NOT NULL,
    environment_id BIGINT NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    job_name TEXT NOT NULL DEFAULT '',
    job_attempt INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'blocked', 'running', 'success', 'failed', 'canceled', 'skipped')),
    status_reason TEXT NOT NULL DEFAULT '',
    ref TEXT NOT NULL,
    is_tag BOOLEAN NOT NULL DEFAULT FALSE,
    sha TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    stop_job_id BIGINT REFERENCES jobs(id) ON DELETE SET NULL,
    auto_stop_ms BIGINT NOT NULL DEFAULT 0,
    triggered_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    UNIQUE (project_id, iid),
    UNIQUE (job_id, job_attempt)
);
CREATE INDEX deployments_project ON deployments(project_id, id);
CREATE INDEX deployments_environment ON deployments(environment_id, id);
CREATE INDEX deployments_environment_status ON deployments(environment_id, status, id);

-- A deployment's status is its job's, and a stop job's run is its environment's: a job changes
-- state in a dozen places (some single statements on the queue's path), so the database keeps
-- them in step in the job's own statement instead of each place remembering to. A job the queue
-- retries by itself (retry:, a lost worker) carries its deployment on; one a person retries gets
-- a new deployment when it is admitted again (DeploymentGate).
CREATE OR REPLACE FUNCTION adp_deployment_follows_job() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.environment_action = 'start' THEN IF NEW.attempt <> OLD.attempt AND NEW.status = 'pending' THEN UPDATE deployments SET job_attempt = NEW.attempt WHERE job_id = NEW.id AND job_attempt = OLD.attempt; END IF; UPDATE deployments SET status = CASE WHEN NEW.status IN ('running', 'success', 'failed', 'canceled', 'skipped') THEN NEW.status ELSE 'created' END, status_reason = CASE WHEN NEW.status IN ('failed', 'skipped') THEN NEW.failure_reason ELSE '' END, started_at = NEW.started_at, finished_at = NEW.finished_at WHERE job_id = NEW.id AND job_attempt = NEW.attempt; IF NEW.status = 'success' THEN UPDATE environments e SET state = 'available', external_url = CASE WHEN d.url <> '' THEN d.url ELSE e.external_url END, stop_job_id = d.stop_job_id, auto_stop_at = CASE WHEN d.auto_stop_ms > 0 THEN NEW.finished_at + d.auto_stop_ms END, updated_at = NEW.finished_at FROM deployments d WHERE d.job_id = NEW.id AND d.job_attempt = NEW.attempt AND e.id = d.environment_id; END IF; ELSIF NEW.environment_action = 'stop' AND NEW.status IN ('running', 'success', 'failed', 'canceled') THEN UPDATE environments SET state = CASE NEW.status WHEN 'running' THEN 'stopping' WHEN 'success' THEN 'stopped' ELSE 'available' END, auto_stop_at = NULL, updated_at = COALESCE(NEW.finished_at, NEW.started_at, updated_at) WHERE project_id = NEW.project_id AND name = NEW.environment AND state <> 'stopped'; END IF; RETURN NULL; END $$;
CREATE TRIGGER jobs_move_deployments AFTER UPDATE OF status ON jobs FOR EACH ROW
WHEN (NEW.environment <> '' AND OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION adp_deployment_follows_job();
