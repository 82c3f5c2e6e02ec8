-- Schema 40: a project's pipelines by commit, for the runs of a job on the same commit (is it flaky?).
CREATE INDEX pipelines_project_sha ON pipelines(project_id, sha);
