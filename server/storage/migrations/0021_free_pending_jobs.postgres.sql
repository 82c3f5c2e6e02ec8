-- Schema 21: pending jobs any worker may take (no tags, no resource group), in
-- claim order. On PostgreSQL a worker takes the oldest of them with FOR UPDATE
-- SKIP LOCKED in one statement; this index's predicate is the query's, so the
-- planner walks it in order and stops at the first free row instead of sorting
-- every pending job (and the dead entries a burst leaves) on each claim. The
-- second index finds the oldest pending job of a resource group at once, so a
-- free job never overtakes one.
CREATE INDEX jobs_pending_free ON jobs(id) WHERE status = 'pending' AND tags = '' AND resource_group = '';
CREATE INDEX jobs_pending_grouped ON jobs(id) WHERE status = 'pending' AND resource_group <> '';
