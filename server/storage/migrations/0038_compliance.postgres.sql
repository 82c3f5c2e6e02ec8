-- Schema 38: compliance reports. Checks read deployments by when they started; schedules send a
-- report every week or month through a project's notification rule (its channel and secrets).
CREATE INDEX deployments_started ON deployments(started_at);

CREATE TABLE compliance_schedules (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
    rule_id BIGINT REFERENCES notification_rules(id) ON DELETE SET NULL,
    stale_days INTEGER NOT NULL,
    rotation_days INTEGER NOT NULL,
    sign_in_threshold INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    next_run_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_run_at BIGINT,
    last_outcome TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    last_failed_checks INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX compliance_schedules_due ON compliance_schedules(next_run_at) WHERE active;
