-- Schema 33: a target's service account for deploy jobs' own kubectl (see the PostgreSQL file).
ALTER TABLE kubernetes_targets ADD COLUMN service_account TEXT NOT NULL DEFAULT '';
