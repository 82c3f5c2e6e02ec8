-- Schema 29: the desktop's home dashboard lists pipelines across projects by status and by who
-- started them, newest first; without these a server with a long history scans every pipeline.
CREATE INDEX pipelines_status ON pipelines(status, id);
CREATE INDEX pipelines_triggered_by ON pipelines(triggered_by, id);
