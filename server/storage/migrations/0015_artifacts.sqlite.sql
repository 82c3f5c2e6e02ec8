-- Schema 15: files that jobs keep (artifacts) and share (caches), stored in
-- the database in chunks so that every replica and worker sees them. A file
-- is written chunk by chunk first and only then named by an artifact or a
-- cache row, so a half-written file is never seen; files that nothing names
-- (a worker died while writing, an artifact expired) are swept.
CREATE TABLE stored_files (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE TABLE stored_file_chunks (
    file_id INTEGER NOT NULL REFERENCES stored_files(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (file_id, seq)
);
CREATE TABLE job_artifacts (
    job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,
    file_id INTEGER NOT NULL REFERENCES stored_files(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    expire_at INTEGER
);
CREATE INDEX job_artifacts_expiry ON job_artifacts(expire_at);
CREATE INDEX job_artifacts_file ON job_artifacts(file_id);
CREATE TABLE project_caches (
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    cache_key TEXT NOT NULL,
    file_id INTEGER NOT NULL REFERENCES stored_files(id) ON DELETE CASCADE,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (project_id, cache_key)
);
CREATE INDEX project_caches_file ON project_caches(file_id);
