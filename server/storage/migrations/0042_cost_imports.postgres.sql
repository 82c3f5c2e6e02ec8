-- Schema 42: cloud bills imported from FOCUS exports. An import covers its providers over its
-- billing periods; importing the same again replaces it. Its lines are kept as billed (money in
-- billionths of the currency), with the project, environment and team they are attributed to
-- (NULL: unattributed).
CREATE TABLE cost_imports (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    providers TEXT NOT NULL,
    currency TEXT NOT NULL,
    period_start BIGINT NOT NULL,
    period_end BIGINT NOT NULL,
    line_count BIGINT NOT NULL,
    billed_nanos BIGINT NOT NULL,
    effective_nanos BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at BIGINT NOT NULL
);
CREATE INDEX cost_imports_organisation ON cost_imports (organisation_id, period_start);

CREATE TABLE cost_lines (
    import_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    charge_start BIGINT NOT NULL,
    charge_end BIGINT NOT NULL,
    billed_nanos BIGINT NOT NULL,
    effective_nanos BIGINT NOT NULL,
    category TEXT NOT NULL,
    provider TEXT NOT NULL,
    service TEXT NOT NULL,
    service_category TEXT,
    region TEXT,
    resource_id TEXT,
    sub_account TEXT,
    sku TEXT,
    tags TEXT,
    project_id BIGINT,
    environment_id BIGINT,
    team TEXT,
    PRIMARY KEY (import_id, line)
);
-- The lines go with their import (deleted, replaced, or its organisation deleted). A trigger, not a
-- foreign key: checking the key for each of a million copied lines would cost a third of the import.
CREATE OR REPLACE FUNCTION adp_cost_import_lines_go() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM cost_lines WHERE import_id = OLD.id; RETURN NULL; END $$;
CREATE TRIGGER cost_imports_take_their_lines AFTER DELETE ON cost_imports FOR EACH ROW EXECUTE FUNCTION adp_cost_import_lines_go();
