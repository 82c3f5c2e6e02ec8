-- Schema 49: a long piece of a job's log is packed (LZ4) by the server before it is stored (see
-- the PostgreSQL file); `byte_size` is every piece's UTF-8 length.
ALTER TABLE job_logs ADD COLUMN packed BLOB;
ALTER TABLE job_logs ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0;
UPDATE job_logs SET byte_size = length(CAST(content AS BLOB));
