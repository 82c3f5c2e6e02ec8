-- Schema 26: rollback and pinned environments (see the PostgreSQL file for the why).
ALTER TABLE jobs ADD COLUMN requested_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN rollback_of INTEGER NOT NULL DEFAULT 0;

ALTER TABLE deployments ADD COLUMN rollback_of INTEGER REFERENCES deployments(id) ON DELETE SET NULL;

ALTER TABLE environments ADD COLUMN pinned_deployment_id INTEGER REFERENCES deployments(id) ON DELETE SET NULL;
ALTER TABLE environments ADD COLUMN pinned_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE environments ADD COLUMN pinned_at INTEGER;

CREATE INDEX jobs_waiting ON jobs(waiting_for) WHERE waiting_for <> '';
