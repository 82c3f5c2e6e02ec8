-- Schema 11: running jobs. A worker claims a pending job with a lease it
-- renews while the job runs; a job whose lease ran out lost its worker and
-- is retried or failed, never left running. Logs are kept in ordered chunks.
ALTER TABLE jobs ADD COLUMN worker TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN lease_until BIGINT;
ALTER TABLE jobs ADD COLUMN exit_code INTEGER;
CREATE INDEX jobs_lease ON jobs(status, lease_until);

CREATE TABLE job_logs (
    job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (job_id, seq)
);
