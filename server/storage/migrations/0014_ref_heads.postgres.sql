-- Schema 14: the branch and tag heads last seen in each project's local
-- repository, so that polling starts a pipeline for each new commit once,
-- however many replicas poll.
CREATE TABLE project_ref_heads (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    is_tag BOOLEAN NOT NULL DEFAULT FALSE,
    sha TEXT NOT NULL,
    PRIMARY KEY (project_id, ref, is_tag)
);
