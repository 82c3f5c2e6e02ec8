-- Schema 4: organisations, teams and project members.
-- Every existing user joins the "default" organisation (administrators as
-- owners), every existing project belongs to it, and each project's creator
-- becomes its maintainer, so nobody loses access on upgrade.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
INSERT INTO organisations (id, name, slug, description, created_at) VALUES (1, 'Default', 'default', '', 0);

CREATE TABLE organisation_members (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_members_user ON organisation_members(user_id);
INSERT INTO organisation_members (organisation_id, user_id, role, created_at)
    SELECT 1, id, CASE WHEN is_admin = 1 THEN 'owner' ELSE 'member' END, created_at FROM users;

CREATE TABLE teams (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (organisation_id, slug)
);

CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members(user_id);

-- SQLite cannot add a column with both a REFERENCES clause and a non-NULL
-- default, so the link is guarded by a trigger instead.
ALTER TABLE projects ADD COLUMN organisation_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX projects_organisation ON projects(organisation_id);
CREATE TRIGGER organisations_keep_projects BEFORE DELETE ON organisations
WHEN EXISTS (SELECT 1 FROM projects WHERE organisation_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'organisation still has projects'); END;
UPDATE projects SET api_json = json_set(api_json, '$.organisation', 'default') WHERE api_json <> '';

CREATE TABLE project_members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'reporter', 'developer', 'maintainer')),
    created_at INTEGER NOT NULL,
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
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    environment TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('deploy', 'approve')),
    min_role TEXT CHECK (min_role IN ('viewer', 'reporter', 'developer', 'maintainer')),
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    CHECK ((min_role IS NOT NULL) + (user_id IS NOT NULL) + (team_id IS NOT NULL) = 1)
);
CREATE INDEX environment_rules_project ON environment_rules(project_id, environment);
