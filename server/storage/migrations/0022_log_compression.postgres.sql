-- Schema 22: job logs compressed with lz4 instead of pglz. Storing a 1 GiB log
-- spent a quarter of a core in pglz_compress (the largest single cost of
-- capture on PostgreSQL); lz4 is several times faster at a similar ratio for
-- text. New chunks only; a server built without lz4 keeps pglz.
DO $$ BEGIN ALTER TABLE job_logs ALTER COLUMN content SET COMPRESSION lz4; EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL; END $$;
