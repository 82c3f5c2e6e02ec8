-- Schema 26: rollback and pinned environments.
-- A job a person retried carries who asked (its manual or delayed `when` no longer holds it back:
-- the person asked for it to run) and, for a rollback, the deployment it redeploys.
ALTER TABLE jobs ADD COLUMN requested_by BIGINT NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN rollback_of BIGINT NOT NULL DEFAULT 0;

-- A rollback's deployment says which deployment it redeployed.
ALTER TABLE deployments ADD COLUMN rollback_of BIGINT REFERENCES deployments(id) ON DELETE SET NULL;

-- A rollback pins its environment to the rollback's deployment: automatic deploys wait until
-- someone unpins it or deploys on purpose.
ALTER TABLE environments ADD COLUMN pinned_deployment_id BIGINT REFERENCES deployments(id) ON DELETE SET NULL;
ALTER TABLE environments ADD COLUMN pinned_by BIGINT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE environments ADD COLUMN pinned_at BIGINT;

-- Jobs that wait (for approvals, a pin) are few: the chore that frees them looks them up here.
CREATE INDEX jobs_waiting ON jobs(waiting_for) WHERE waiting_for <> '';
