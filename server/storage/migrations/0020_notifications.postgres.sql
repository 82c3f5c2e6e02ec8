-- Schema 20: what a pipeline tells the outside world. Notification rules post
-- to chat services' webhooks or send email when a pipeline ends (on failure,
-- on recovery, always; by branch); their URLs (tokens inside), signing
-- secrets and SMTP passwords are sealed. Every message to send, and every
-- commit status to report, is first an outbound delivery stored with the
-- pipeline's change, then sent by a sender off the pipeline's path, retried
-- with backoff, and kept as the rule's delivery log.
ALTER TABLE project_repository_tokens ADD COLUMN repository TEXT NOT NULL DEFAULT '';

CREATE TABLE notification_rules (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    channel TEXT NOT NULL,
    on_event TEXT NOT NULL,
    branches TEXT NOT NULL DEFAULT '[]',
    url_sealed TEXT NOT NULL DEFAULT '',
    url_hint TEXT NOT NULL DEFAULT '',
    secret_sealed TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '{}',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX notification_rules_project ON notification_rules(project_id, id);

CREATE TABLE outbound_deliveries (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    pipeline_id BIGINT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    rule_id BIGINT REFERENCES notification_rules(id) ON DELETE CASCADE,
    pipeline_status TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX outbound_deliveries_due ON outbound_deliveries(next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbound_deliveries_rule ON outbound_deliveries(rule_id, id);
CREATE INDEX outbound_deliveries_pipeline ON outbound_deliveries(pipeline_id, id);
