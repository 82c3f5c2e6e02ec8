-- Schema 17: child pipelines. A trigger job (trigger: include) makes a
-- pipeline of the same commit that remembers its parent pipeline and job;
-- the job remembers the pipeline it made (with strategy: depend it ends as
-- that pipeline ends).
ALTER TABLE pipelines ADD COLUMN parent_pipeline_id BIGINT REFERENCES pipelines(id) ON DELETE CASCADE;
ALTER TABLE pipelines ADD COLUMN parent_job_id BIGINT;
ALTER TABLE jobs ADD COLUMN downstream_pipeline_id BIGINT;
CREATE INDEX pipelines_parent ON pipelines(parent_pipeline_id);
