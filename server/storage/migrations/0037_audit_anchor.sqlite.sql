-- Schema 37: audit retention (see the PostgreSQL file).
CREATE TABLE audit_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    mac TEXT NOT NULL,
    archived_at INTEGER,
    archive_file TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, 0, '', '');
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN OLD.seq IS NULL OR OLD.seq > (SELECT seq FROM audit_anchor WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
