-- Schema 33: a Kubernetes target may name a service account: its deploy jobs then get a
-- KUBECONFIG with a short-lived token of it (TokenRequest), never the stored credentials.
ALTER TABLE kubernetes_targets ADD COLUMN service_account TEXT NOT NULL DEFAULT '';
