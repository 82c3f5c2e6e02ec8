-- Schema 42: cloud bills imported from FOCUS exports (see the PostgreSQL file).
CREATE TABLE cost_imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    providers TEXT NOT NULL,
    currency TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    line_count INTEGER NOT NULL,
    billed_nanos INTEGER NOT NULL,
    effective_nanos INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);
CREATE INDEX cost_imports_organisation ON cost_imports (organisation_id, period_start);

CREATE TABLE cost_kinds (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind INTEGER NOT NULL,
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
    project_id INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    environment_id INTEGER REFERENCES environments(id) ON DELETE SET NULL,
    team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    PRIMARY KEY (organisation_id, kind)
);

-- Without rowid, one tree: an import's lines go in at its right edge, page after page.
CREATE TABLE cost_lines (
    import_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    charge_start INTEGER NOT NULL,
    charge_end INTEGER NOT NULL,
    billed_nanos INTEGER NOT NULL,
    effective_nanos INTEGER NOT NULL,
    resource_id TEXT,
    consumed_quantity TEXT,
    PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
-- The lines go with their import (see the PostgreSQL file).
CREATE TRIGGER cost_imports_take_their_lines AFTER DELETE ON cost_imports BEGIN DELETE FROM cost_lines WHERE import_id = OLD.id; END;

CREATE TABLE cost_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    match_on TEXT NOT NULL,
    pattern TEXT NOT NULL,
    project_id INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    environment_id INTEGER REFERENCES environments(id) ON DELETE CASCADE,
    team_id INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX cost_rules_organisation ON cost_rules (organisation_id, position);
