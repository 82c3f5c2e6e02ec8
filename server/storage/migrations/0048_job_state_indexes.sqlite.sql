-- Schema 48: a job's claim and end each write a new row version, and every index of jobs gets
-- an entry for it. The indexes that looked jobs up by state held every job ever run; the
-- questions asked of them are about running and scheduled jobs only, so they now hold only
-- those (an ended job leaves them), and a job's end no longer adds entries to them:
-- jobs_lease (status, lease_until) answered which leases lapsed, jobs_project_status
-- (project_id, status) a project's running jobs and busy resource groups, jobs_status
-- (status, id) which delayed jobs are due (pending jobs have indexes of their own).
DROP INDEX jobs_lease;
DROP INDEX jobs_project_status;
DROP INDEX jobs_status;
CREATE INDEX jobs_running_lease ON jobs(lease_until) WHERE status = 'running';
CREATE INDEX jobs_running_project ON jobs(project_id, resource_group) WHERE status = 'running';
CREATE INDEX jobs_scheduled ON jobs(queued_at) WHERE status = 'scheduled';
