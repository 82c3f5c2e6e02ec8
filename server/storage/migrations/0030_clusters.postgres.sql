-- Schema 30: Kubernetes clusters a project deploys to. The kubeconfig (its chosen context's
-- server, CA and credential) is stored sealed with the server's secrets key; the plain columns
-- are what the API shows, never a credential.
CREATE TABLE clusters (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    server TEXT NOT NULL,
    namespace TEXT NOT NULL,
    context TEXT NOT NULL,
    credential TEXT NOT NULL,
    insecure_skip_tls_verify BOOLEAN NOT NULL DEFAULT FALSE,
    custom_ca BOOLEAN NOT NULL DEFAULT FALSE,
    sealed_kubeconfig TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, name)
);
