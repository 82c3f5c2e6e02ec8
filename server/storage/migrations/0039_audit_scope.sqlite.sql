-- Schema 39: the scope of each audit event (see the PostgreSQL file).
ALTER TABLE audit_events ADD COLUMN scope_organisation INTEGER;
ALTER TABLE audit_events ADD COLUMN scope_project INTEGER;
ALTER TABLE audit_events ADD COLUMN scope_environment INTEGER;
CREATE INDEX audit_events_scope_organisation ON audit_events(scope_organisation, id) WHERE scope_organisation IS NOT NULL;
CREATE INDEX audit_events_scope_project ON audit_events(scope_project, id) WHERE scope_project IS NOT NULL;
CREATE INDEX audit_events_scope_environment ON audit_events(scope_environment, id) WHERE scope_environment IS NOT NULL;
DROP TRIGGER audit_events_no_update;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN OLD.seq IS NOT NULL OR NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL OR NEW.id IS NOT OLD.id OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.actor_id IS NOT OLD.actor_id OR NEW.actor_name IS NOT OLD.actor_name OR NEW.action IS NOT OLD.action OR NEW.target_type IS NOT OLD.target_type OR NEW.target_id IS NOT OLD.target_id OR NEW.request_id IS NOT OLD.request_id OR NEW.ip IS NOT OLD.ip OR NEW.user_agent IS NOT OLD.user_agent OR NEW.before_json IS NOT OLD.before_json OR NEW.after_json IS NOT OLD.after_json OR NEW.entry_mac IS NOT OLD.entry_mac OR NEW.scope_organisation IS NOT OLD.scope_organisation OR NEW.scope_project IS NOT OLD.scope_project OR NEW.scope_environment IS NOT OLD.scope_environment
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
