-- Schema 34: a project may run its jobs as pods on one of its clusters (the Kubernetes executor),
-- and every job pod is written down before it is made, so the pod of a job that ended is deleted
-- even when the worker that made it died.
CREATE TABLE kubernetes_executors (
    project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
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
    updated_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL
);
CREATE TABLE job_pods (
    job_id BIGINT PRIMARY KEY,
    attempt INTEGER NOT NULL,
    project_id BIGINT NOT NULL,
    cluster_id BIGINT NOT NULL,
    namespace TEXT NOT NULL,
    pod_name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
-- What a job pod fetches (its prepared workspace) and sends back (its artifacts' and caches'
-- files), reached with the job's own token (kept hashed) while the job runs.
CREATE TABLE job_pod_files (
    job_id BIGINT PRIMARY KEY,
    attempt INTEGER NOT NULL,
    token_sha256 TEXT NOT NULL,
    workspace_file_id BIGINT,
    result_file_id BIGINT,
    expires_at BIGINT NOT NULL
);
