-- Schema 44: budgets and their alerts (see the PostgreSQL file).
CREATE TABLE cost_budgets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    environment_id INTEGER REFERENCES environments(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    period_start INTEGER,
    period_end INTEGER,
    amount_nanos INTEGER NOT NULL,
    currency TEXT NOT NULL,
    thresholds TEXT NOT NULL,
    on_forecast INTEGER NOT NULL,
    notification_rule_id INTEGER REFERENCES notification_rules(id) ON DELETE SET NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (organisation_id, name)
);

-- Each threshold crossed, once per budget, period and basis (actual or forecast): the key is the
-- promise. `delivery`: pending (to send), sent, failed (with `error`), none (no rule).
CREATE TABLE cost_budget_alerts (
    budget_id INTEGER NOT NULL REFERENCES cost_budgets(id) ON DELETE CASCADE,
    period_start INTEGER NOT NULL,
    threshold INTEGER NOT NULL,
    basis TEXT NOT NULL,
    spent_nanos INTEGER NOT NULL,
    fired_at INTEGER NOT NULL,
    delivery TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (budget_id, period_start, threshold, basis)
);
CREATE INDEX cost_budget_alerts_pending ON cost_budget_alerts (budget_id) WHERE delivery = 'pending';
