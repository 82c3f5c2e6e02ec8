-- Schema 49: a long piece of a job's log is packed (LZ4) by the server before it is stored, in
-- `packed`, with `content` left empty; `byte_size` is every piece's UTF-8 length, so that a
-- log's size is known without reading its last piece. PostgreSQL keeps the packed bytes as they
-- come (STORAGE EXTERNAL: compressing them again would only cost time).
ALTER TABLE job_logs ADD COLUMN packed BYTEA;
ALTER TABLE job_logs ALTER COLUMN packed SET STORAGE EXTERNAL;
ALTER TABLE job_logs ADD COLUMN byte_size BIGINT NOT NULL DEFAULT 0;
UPDATE job_logs SET byte_size = octet_length(content);
