-- Schema 38: compliance (see the PostgreSQL file).
CREATE INDEX deployments_started ON deployments(started_at);

CREATE TABLE compliance_schedules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly')),
    rule_id INTEGER REFERENCES notification_rules(id) ON DELETE SET NULL,
    stale_days INTEGER NOT NULL,
    rotation_days INTEGER NOT NULL,
    sign_in_threshold INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    next_run_at INTEGER NOT NULL,
    claimed_until INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_run_at INTEGER,
    last_outcome TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    last_failed_checks INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX compliance_schedules_due ON compliance_schedules(next_run_at) WHERE active = 1;
