-- Schema 27: GitLab's variable attributes and protected refs. A key may have
-- one value per environment scope (`*`, a name, or a wildcard; the most
-- specific scope matching a job's environment wins); a protected variable
-- reaches only pipelines of a protected branch or tag; a file variable
-- reaches the job as the path of a file holding its value.
ALTER TABLE project_variables ADD COLUMN environment_scope TEXT NOT NULL DEFAULT '*';
ALTER TABLE project_variables ADD COLUMN protected BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE project_variables ADD COLUMN variable_type TEXT NOT NULL DEFAULT 'env_var';
ALTER TABLE project_variables DROP CONSTRAINT project_variables_project_id_key_key;
ALTER TABLE project_variables ADD CONSTRAINT project_variables_scoped_key UNIQUE (project_id, key, environment_scope);

-- Protected branches and tags: exact names or wildcards (release/*).
CREATE TABLE protected_refs (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (project_id, kind, name)
);
