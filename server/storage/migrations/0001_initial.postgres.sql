-- Schema 1: local accounts, sessions, projects and the audit trail's first table.
-- api_json keeps each project's API representation, written with the row,
-- so list pages are served without re-serialising every project.
-- Sort and slug columns use the "C" collation so ordering matches SQLite's.
CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    is_admin BOOLEAN NOT NULL DEFAULT FALSE,
    created_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    username TEXT NOT NULL,
    is_admin BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    sort_name TEXT COLLATE "C" NOT NULL,
    search_text TEXT NOT NULL,
    slug TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    repository_url TEXT NOT NULL DEFAULT '',
    default_branch TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'internal', 'public')),
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_by_name TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    api_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX projects_sort_name ON projects(sort_name, id);
CREATE INDEX projects_created_at ON projects(created_at, id);
CREATE INDEX projects_updated_at ON projects(updated_at, id);

CREATE TABLE audit_events (
    id BIGSERIAL PRIMARY KEY,
    occurred_at BIGINT NOT NULL,
    actor_id BIGINT,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    request_id TEXT NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT,
    seq BIGINT NOT NULL UNIQUE,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_occurred ON audit_events(occurred_at, id);
CREATE INDEX audit_events_actor ON audit_events(actor_name, id);
CREATE INDEX audit_events_action ON audit_events(action, id);
CREATE INDEX audit_events_target ON audit_events(target_type, target_id, id);

-- The end of the audit hash chain. Every audit insert updates this one row
-- first, which orders concurrent writers; its mac seals the tail so that
-- removing the newest events is detected too.
CREATE TABLE audit_chain_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    mac TEXT NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, mac) VALUES (1, 0, '', '');

-- Append-only: the application has no update or delete path, and the database refuses them too.
CREATE FUNCTION adp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION adp_audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION adp_audit_append_only();
