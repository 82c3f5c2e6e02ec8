-- Schema 46: a job's log read from any byte without reading what comes before it (see the
-- PostgreSQL file).
CREATE INDEX job_logs_offset ON job_logs(job_id, byte_offset, seq);
