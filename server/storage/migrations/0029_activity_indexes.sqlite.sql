-- Schema 29: indexes for the home dashboard's cross-project lists (see the PostgreSQL file).
CREATE INDEX pipelines_status ON pipelines(status, id);
CREATE INDEX pipelines_triggered_by ON pipelines(triggered_by, id);
