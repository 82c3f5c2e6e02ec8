-- Schema 42: cloud bills imported from FOCUS exports. An import covers its providers over its
-- billing periods; importing the same again replaces it. Its lines are kept as billed (money in
-- billionths of the currency), each of a kind: what the line is (provider, service, SKU, region,
-- account, tags), shared by the many lines that differ only in resource and hour. Attribution
-- rules, which administrators edit, place each kind in a project (and environment) and a team;
-- a kind no rule places is unattributed (NULL).
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

-- `kind` is a 64-bit SipHash of what the kind is, so the importer names it without asking the
-- database.
CREATE TABLE cost_kinds (
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind BIGINT NOT NULL,
    category TEXT NOT NULL,
    provider TEXT NOT NULL,
    service TEXT NOT NULL,
    service_category TEXT NOT NULL,
    region TEXT NOT NULL,
    sub_account TEXT NOT NULL,
    sku TEXT NOT NULL,
    charge_class TEXT NOT NULL,
    consumed_unit TEXT NOT NULL,
    tags TEXT NOT NULL,
    project_id BIGINT REFERENCES projects(id) ON DELETE SET NULL,
    environment_id BIGINT REFERENCES environments(id) ON DELETE SET NULL,
    team_id BIGINT REFERENCES teams(id) ON DELETE SET NULL,
    PRIMARY KEY (organisation_id, kind)
);

CREATE TABLE cost_lines (
    import_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    kind BIGINT NOT NULL,
    charge_start BIGINT NOT NULL,
    charge_end BIGINT NOT NULL,
    billed_nanos BIGINT NOT NULL,
    effective_nanos BIGINT NOT NULL,
    resource_id TEXT,
    consumed_quantity TEXT,
    PRIMARY KEY (import_id, line)
);
-- The lines go with their import (deleted, replaced, or its organisation deleted). A trigger, not a
-- foreign key: checking the key for each of a million copied lines would cost a third of the import.
CREATE OR REPLACE FUNCTION adp_cost_import_lines_go() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM cost_lines WHERE import_id = OLD.id; RETURN NULL; END $$;
CREATE TRIGGER cost_imports_take_their_lines AFTER DELETE ON cost_imports FOR EACH ROW EXECUTE FUNCTION adp_cost_import_lines_go();

-- In `position` order, the first rule that matches a kind and names a project places it (with its
-- environment, if the rule names one), the first that names a team gives it its team. `match_on` is
-- provider, service, region, sub_account, sku or tag:KEY; `pattern` a GitLab-style wildcard.
CREATE TABLE cost_rules (
    id BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    match_on TEXT NOT NULL,
    pattern TEXT NOT NULL,
    project_id BIGINT REFERENCES projects(id) ON DELETE CASCADE,
    environment_id BIGINT REFERENCES environments(id) ON DELETE CASCADE,
    team_id BIGINT REFERENCES teams(id) ON DELETE CASCADE,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX cost_rules_organisation ON cost_rules (organisation_id, position);
