-- Schema 30: Kubernetes clusters of a project (see the PostgreSQL file for the why).
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    server TEXT NOT NULL,
    namespace TEXT NOT NULL,
    context TEXT NOT NULL,
    credential TEXT NOT NULL,
    insecure_skip_tls_verify INTEGER NOT NULL DEFAULT 0,
    custom_ca INTEGER NOT NULL DEFAULT 0,
    sealed_kubeconfig TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (project_id, name)
);
