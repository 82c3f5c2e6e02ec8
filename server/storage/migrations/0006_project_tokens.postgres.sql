-- Schema 6: project API tokens. A token may be bound to one project with a
-- role there; it then sees nothing else, and never more than its creator
-- may still do in that project.
ALTER TABLE api_tokens ADD COLUMN project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE;
ALTER TABLE api_tokens ADD COLUMN project_role TEXT;
CREATE INDEX api_tokens_project ON api_tokens(project_id, id);
