-- Schema 8: auditors, who read and verify the audit trail without being
-- administrators. Sessions carry the flag like is_admin (changing it ends them).
ALTER TABLE users ADD COLUMN is_auditor BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE sessions ADD COLUMN is_auditor BOOLEAN NOT NULL DEFAULT FALSE;
