-- Schema 34: the Kubernetes executor's settings per project and the job pods it made (see the PostgreSQL file).
CREATE TABLE kubernetes_executors (
    project_id INTEGER PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    namespace TEXT NOT NULL,
    service_account TEXT NOT NULL DEFAULT '',
    node_selector TEXT NOT NULL DEFAULT '{}',
    tolerations TEXT NOT NULL DEFAULT '[]',
    image TEXT NOT NULL,
    helper_image TEXT NOT NULL,
    cpu_request TEXT NOT NULL DEFAULT '',
    cpu_limit TEXT NOT NULL DEFAULT '',
    memory_request TEXT NOT NULL DEFAULT '',
    memory_limit TEXT NOT NULL DEFAULT '',
    max_cpu TEXT NOT NULL DEFAULT '',
    max_memory TEXT NOT NULL DEFAULT '',
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE job_pods (
    job_id INTEGER PRIMARY KEY,
    attempt INTEGER NOT NULL,
    project_id INTEGER NOT NULL,
    cluster_id INTEGER NOT NULL,
    namespace TEXT NOT NULL,
    pod_name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
-- What a job pod fetches (its prepared workspace) and sends back (its artifacts' and caches'
-- files), reached with the job's own token (kept hashed) while the job runs.
CREATE TABLE job_pod_files (
    job_id INTEGER PRIMARY KEY,
    attempt INTEGER NOT NULL,
    token_sha256 TEXT NOT NULL,
    workspace_file_id INTEGER,
    result_file_id INTEGER,
    expires_at INTEGER NOT NULL
);
