-- Schema 27: scoped, protected and file variables; protected refs (see the PostgreSQL file for the why).
-- SQLite cannot change a table's UNIQUE constraint: the table is made again.
CREATE TABLE project_variables_scoped (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value_sealed TEXT NOT NULL,
    masked INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    environment_scope TEXT NOT NULL DEFAULT '*',
    protected INTEGER NOT NULL DEFAULT 0,
    variable_type TEXT NOT NULL DEFAULT 'env_var',
    UNIQUE (project_id, key, environment_scope)
);
INSERT INTO project_variables_scoped (id, project_id, key, value_sealed, masked, created_at, updated_at)
    SELECT id, project_id, key, value_sealed, masked, created_at, updated_at FROM project_variables;
DROP TABLE project_variables;
ALTER TABLE project_variables_scoped RENAME TO project_variables;

CREATE TABLE protected_refs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (project_id, kind, name)
);
