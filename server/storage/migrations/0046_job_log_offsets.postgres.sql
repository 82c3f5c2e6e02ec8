-- Schema 46: a job's log read from any byte without reading what comes before it. The chunks
-- were found by their byte_offset scanning every chunk of the job (its content too on SQLite,
-- where the column sits after it): reading a 1 GiB log piece by piece took minutes.
CREATE INDEX job_logs_offset ON job_logs(job_id, byte_offset, seq);
