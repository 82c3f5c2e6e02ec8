-- Schema 31: the outcome of a cluster's last connection test, so lists can say whether it works
-- (the full report, with permissions and rules, is the test's answer and not kept).
ALTER TABLE clusters ADD COLUMN checked_at BIGINT;
ALTER TABLE clusters ADD COLUMN check_connected BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE clusters ADD COLUMN check_version TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN check_message TEXT NOT NULL DEFAULT '';
