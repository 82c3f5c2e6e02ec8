-- Schema 23: audit events are sealed after they commit (issue #17): a mutation
-- inserts its event unsealed (no seq, prev_hash or hash yet, but an entry_mac
-- over its fields under the audit key) and one sealer links committed events
-- into the chain in batches. SQLite cannot drop NOT NULL, so the table is rebuilt.
DROP TRIGGER audit_events_no_update;
DROP TRIGGER audit_events_no_delete;
CREATE TABLE audit_events_sealed (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at INTEGER NOT NULL,
    actor_id INTEGER,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT,
    seq INTEGER UNIQUE,
    prev_hash TEXT,
    hash TEXT,
    entry_mac TEXT UNIQUE
);
INSERT INTO audit_events_sealed (id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, ip, user_agent, before_json, after_json, seq, prev_hash, hash)
SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, ip, user_agent, before_json, after_json, seq, prev_hash, hash FROM audit_events;
DROP TABLE audit_events;
ALTER TABLE audit_events_sealed RENAME TO audit_events;
CREATE INDEX audit_events_occurred ON audit_events(occurred_at, id);
CREATE INDEX audit_events_actor ON audit_events(actor_name, id);
CREATE INDEX audit_events_action ON audit_events(action, id);
CREATE INDEX audit_events_target ON audit_events(target_type, target_id, id);
CREATE INDEX audit_events_unsealed ON audit_events(id) WHERE seq IS NULL;
-- Still append-only; the one update allowed is the seal of an unsealed event, once, changing nothing else.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN OLD.seq IS NOT NULL OR NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL OR NEW.id IS NOT OLD.id OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.actor_id IS NOT OLD.actor_id OR NEW.actor_name IS NOT OLD.actor_name OR NEW.action IS NOT OLD.action OR NEW.target_type IS NOT OLD.target_type OR NEW.target_id IS NOT OLD.target_id OR NEW.request_id IS NOT OLD.request_id OR NEW.ip IS NOT OLD.ip OR NEW.user_agent IS NOT OLD.user_agent OR NEW.before_json IS NOT OLD.before_json OR NEW.after_json IS NOT OLD.after_json OR NEW.entry_mac IS NOT OLD.entry_mac
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
