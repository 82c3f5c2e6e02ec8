-- Schema 43: what running jobs and keeping files uses, and what an organisation pays for it.
-- Each attempt's run as its worker measured it, written with the job's end: one row per UTC day
-- it spanned (`day`: days since the epoch), its executor class (shell, bubblewrap, kubernetes) and
-- what its pod reserved. `environment_id` 0: the job deploys nowhere.
CREATE TABLE job_usage (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL,
    attempt INTEGER NOT NULL,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    executor TEXT NOT NULL,
    run_ms BIGINT NOT NULL,
    cpu_millicores BIGINT NOT NULL,
    memory_mib BIGINT NOT NULL,
    rolled_up INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX job_usage_project ON job_usage (project_id);
-- What the roll-up has not taken yet: the tail a cost question adds to usage_daily.
CREATE INDEX job_usage_unrolled ON job_usage (id) WHERE rolled_up = 0;

-- job_usage summed by project, day, environment and executor. Rolled up now and then in one
-- transaction that reads and marks the same snapshot, so a row is counted here or in the tail,
-- never both, never neither; job ends never wait for it (no trigger, no shared counter row).
CREATE TABLE usage_daily (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    environment_id BIGINT NOT NULL,
    executor TEXT NOT NULL,
    runs BIGINT NOT NULL,
    run_ms BIGINT NOT NULL,
    cpu_millicore_ms BIGINT NOT NULL,
    memory_mib_ms BIGINT NOT NULL,
    PRIMARY KEY (project_id, day, environment_id, executor)
);

-- What each project keeps, sampled once a day: artifacts, caches and logs, in stored bytes.
CREATE TABLE storage_usage (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    artifacts_bytes BIGINT NOT NULL,
    caches_bytes BIGINT NOT NULL,
    logs_bytes BIGINT NOT NULL,
    PRIMARY KEY (project_id, day)
);

-- An organisation's price list: a meter's price per unit (billionths of the currency) from a day
-- on, until the meter's next price. Prices are added, never edited: one that took effect stays.
CREATE TABLE cost_prices (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    meter TEXT NOT NULL,
    currency TEXT NOT NULL,
    unit_nanos BIGINT NOT NULL,
    valid_from BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (organisation_id, meter, valid_from)
);
