-- Schema 31: a cluster's last connection test (see the PostgreSQL file for the why).
ALTER TABLE clusters ADD COLUMN checked_at INTEGER;
ALTER TABLE clusters ADD COLUMN check_connected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN check_version TEXT NOT NULL DEFAULT '';
ALTER TABLE clusters ADD COLUMN check_message TEXT NOT NULL DEFAULT '';
