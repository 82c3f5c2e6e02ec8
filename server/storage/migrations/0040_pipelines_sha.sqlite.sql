-- Schema 40: see the PostgreSQL file.
CREATE INDEX pipelines_project_sha ON pipelines(project_id, sha);
