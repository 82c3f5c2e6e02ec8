-- Schema 44: budgets. A budget caps what an organisation, or one project, environment or team of
-- it, spends in a currency each month or over a custom period [period_start, period_end) (days
-- since the epoch); `thresholds` ("50,80,100", percent) are checked against actual spend and, when
-- `on_forecast`, against the period's forecast. Alerts go through a notification rule (or none:
-- the desktop's tray and the audit trail only).
CREATE TABLE cost_budgets (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    environment_id BIGINT REFERENCES environments(id) ON DELETE CASCADE,
    team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    period_start BIGINT,
    period_end BIGINT,
    amount_nanos BIGINT NOT NULL,
    currency TEXT NOT NULL,
    thresholds TEXT NOT NULL,
    on_forecast INTEGER NOT NULL,
    notification_rule_id BIGINT REFERENCES notification_rules(id) ON DELETE SET NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (organisation_id, name)
);

-- Each threshold crossed, once per budget, period and basis (actual or forecast): the key is the
-- promise. `delivery`: pending (to send), sent, failed (with `error`), none (no rule).
CREATE TABLE cost_budget_alerts (
    budget_id BIGINT NOT NULL REFERENCES cost_budgets(id) ON DELETE CASCADE,
    period_start BIGINT NOT NULL,
    threshold INTEGER NOT NULL,
    basis TEXT NOT NULL,
    spent_nanos BIGINT NOT NULL,
    fired_at BIGINT NOT NULL,
    delivery TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (budget_id, period_start, threshold, basis)
);
CREATE INDEX cost_budget_alerts_pending ON cost_budget_alerts (budget_id) WHERE delivery = 'pending';
