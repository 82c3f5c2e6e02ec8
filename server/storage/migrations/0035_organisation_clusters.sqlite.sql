-- Schema 35: organisations' clusters (see the PostgreSQL file). SQLite cannot drop a NOT NULL, so the
-- table is made again; dropping the old one deletes what refers to it (targets, executors), which
-- is kept aside and put back.
CREATE TABLE clusters_owned (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
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
    checked_at INTEGER,
    check_connected INTEGER NOT NULL DEFAULT 0,
    check_version TEXT NOT NULL DEFAULT '',
    check_message TEXT NOT NULL DEFAULT '',
    CHECK ((project_id IS NULL) <> (organisation_id IS NULL)),
    UNIQUE (project_id, name),
    UNIQUE (organisation_id, name)
);
INSERT INTO clusters_owned (id, project_id, name, server, namespace, context, credential, insecure_skip_tls_verify,
    custom_ca, sealed_kubeconfig, created_by, created_at, updated_at, checked_at, check_connected, check_version,
    check_message)
SELECT id, project_id, name, server, namespace, context, credential, insecure_skip_tls_verify, custom_ca,
    sealed_kubeconfig, created_by, created_at, updated_at, checked_at, check_connected, check_version, check_message
FROM clusters;
CREATE TABLE kubernetes_targets_kept AS SELECT * FROM kubernetes_targets;
CREATE TABLE kubernetes_executors_kept AS SELECT * FROM kubernetes_executors;
DROP TABLE clusters;
ALTER TABLE clusters_owned RENAME TO clusters;
INSERT INTO kubernetes_targets SELECT * FROM kubernetes_targets_kept;
INSERT INTO kubernetes_executors SELECT * FROM kubernetes_executors_kept;
DROP TABLE kubernetes_targets_kept;
DROP TABLE kubernetes_executors_kept;
