-- Schema 35: a cluster belongs to a project or to an organisation, whose every project may deploy
-- to it and run jobs on it; exactly one of the two owns it.
ALTER TABLE clusters ALTER COLUMN project_id DROP NOT NULL;
ALTER TABLE clusters ADD COLUMN organisation_id BIGINT REFERENCES organisations(id) ON DELETE CASCADE;
ALTER TABLE clusters ADD CONSTRAINT clusters_one_owner CHECK ((project_id IS NULL) <> (organisation_id IS NULL));
CREATE UNIQUE INDEX clusters_organisation_name ON clusters(organisation_id, name);
