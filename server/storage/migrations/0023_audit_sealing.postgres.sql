-- Schema 23: audit events are sealed after they commit (issue #17). A mutation
-- inserts its event unsealed (no seq, prev_hash or hash yet, but an entry_mac
-- over its fields under the audit key), in its own transaction, without taking
-- the chain head; one sealer then links committed events into the chain in
-- batches. So concurrent mutations no longer queue behind one row and their
-- commits can share a WAL flush.
ALTER TABLE audit_events ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL, ADD COLUMN entry_mac TEXT UNIQUE;
CREATE INDEX audit_events_unsealed ON audit_events(id) WHERE seq IS NULL;
-- Still append-only; the one update allowed is the seal of an unsealed event, once, changing nothing else.
CREATE OR REPLACE FUNCTION adp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.target_type, NEW.target_id, NEW.request_id, NEW.ip, NEW.user_agent, NEW.before_json, NEW.after_json, NEW.entry_mac) IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.target_type, OLD.target_id, OLD.request_id, OLD.ip, OLD.user_agent, OLD.before_json, OLD.after_json, OLD.entry_mac) THEN RETURN NEW; END IF; RAISE EXCEPTION 'audit_events is append-only'; END $$;
