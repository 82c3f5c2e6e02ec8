-- Schema 4: organisations, teams and project members.
-- Every existing user joins the "default" organisation (administrators as
-- owners), every existing project belongs to it, and each project's creator
-- becomes its maintainer, so nobody loses access on upgrade.
CREATE TABLE organisations (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT COLLATE "C" NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
INSERT INTO organisations (id, name, slug, description, created_at) VALUES (1, 'Default', 'default', '', 0);
SELECT setval('organisations_id_seq', 1);

CREATE TABLE organisation_members (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_members_user ON organisation_members(user_id);
INSERT INTO organisation_members (organisation_id, user_id, role, created_at)
    SELECT 1, id, CASE WHEN is_admin THEN 'owner' ELSE 'member' END, created_at FROM users;

CREATE TABLE teams (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT COLLATE "C" NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (organisation_id, slug)
);

CREATE TABLE team_members (
    team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members(user_id);

ALTER TABLE projects ADD COLUMN organisation_id BIGINT NOT NULL DEFAULT 1 REFERENCES organisations(id);
CREATE INDEX projects_organisation ON projects(organisation_id);
UPDATE projects SET api_json = (api_json::jsonb || jsonb_build_object('organisation', 'default'))::text WHERE api_json <> '';

CREATE TABLE project_members (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'reporter', 'developer', 'maintainer')),
    created_at BIGINT NOT NULL,
    CHECK ((user_id IS NULL) <> (team_id IS NULL)),
    UNIQUE (project_id, user_id),
    UNIQUE (project_id, team_id)
);
CREATE INDEX project_members_user ON project_members(user_id);
CREATE INDEX project_members_team ON project_members(team_id);
INSERT INTO project_members (project_id, user_id, role, created_at)
    SELECT id, created_by, 'maintainer', created_at FROM projects WHERE created_by IS NOT NULL;

-- Who may deploy to, or approve for, an environment of a project (GitLab's
-- protected environments): each rule names a minimum role, a user or a team.
-- An environment without rules for an action falls back to the role table.
CREATE TABLE environment_rules (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('deploy', 'approve')),
    min_role TEXT CHECK (min_role IN ('viewer', 'reporter', 'developer', 'maintainer')),
    user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,
    team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    CHECK (num_nonnulls(min_role, user_id, team_id) = 1)
);
CREATE INDEX environment_rules_project ON environment_rules(project_id, environment);
