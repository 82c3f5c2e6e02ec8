-- Schema 19: a project's access token for its GitHub or GitLab repository,
-- sealed with the server's secrets key: the mirror fetches private
-- repositories with it, and pipelines report their status on the commit.
-- The API it reports to is kept beside it (GitHub Enterprise, self-hosted GitLab).
CREATE TABLE project_repository_tokens (
    project_id BIGINT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    api_url TEXT NOT NULL,
    token_sealed TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
