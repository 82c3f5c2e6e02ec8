-- Schema 18: the queue's oldest pending jobs from an index of only the pending
-- ones. With jobs_status the planner may, on statistics taken while a burst was
-- being queued, prefer walking the primary key past every finished job, which
-- makes each claim cost as much as the queue's history.
CREATE INDEX jobs_pending ON jobs(id) WHERE status = 'pending';
