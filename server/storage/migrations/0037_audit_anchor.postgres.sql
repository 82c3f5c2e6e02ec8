-- Schema 37: audit retention. Events older than the policy are archived to a signed export file
-- and then removed; the anchor names the last removed event's seq and hash, with a MAC under the
-- audit key, so the rest of the chain still verifies from it. The append-only guard now lets
-- through one thing more: deleting sealed events the anchor covers.
CREATE TABLE audit_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL,
    mac TEXT NOT NULL,
    archived_at BIGINT,
    archive_file TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, 0, '', '');
CREATE OR REPLACE FUNCTION adp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' AND OLD.seq IS NOT NULL AND OLD.seq <= (SELECT seq FROM audit_anchor WHERE id = 1) THEN RETURN OLD; END IF; IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.target_type, NEW.target_id, NEW.request_id, NEW.ip, NEW.user_agent, NEW.before_json, NEW.after_json, NEW.entry_mac) IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.target_type, OLD.target_id, OLD.request_id, OLD.ip, OLD.user_agent, OLD.before_json, OLD.after_json, OLD.entry_mac) THEN RETURN NEW; END IF; RAISE EXCEPTION 'audit_events is append-only'; END $$;
