-- Schema 13: which worker may take a job and when. A job's tags (sorted,
-- comma-separated) must all be among a worker's; jobs of one resource group
-- of a project run one at a time; a job retried after a failure waits for
-- its backoff (not_before, ms since the epoch).
ALTER TABLE jobs ADD COLUMN tags TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN resource_group TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0;
CREATE INDEX jobs_project_status ON jobs(project_id, status);
