-- Schema 47: what connected clusters offer and their workloads reserve and use, sampled by the
-- scheduler's leader about once a minute and summed by UTC day (`day`: days since the epoch).
-- Quantities are value × time: millicore-ms and MiB-ms; `allocated` is max(request, usage) pod by
-- pod (OpenCost's rule), what the workload is charged for. `observed_ms`: how long it was seen.
CREATE TABLE cluster_usage (
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    namespace TEXT NOT NULL,
    controller_kind TEXT NOT NULL,
    controller TEXT NOT NULL,
    labels TEXT NOT NULL,
    observed_ms BIGINT NOT NULL,
    cpu_request_mcore_ms BIGINT NOT NULL,
    cpu_usage_mcore_ms BIGINT NOT NULL,
    cpu_allocated_mcore_ms BIGINT NOT NULL,
    memory_request_mib_ms BIGINT NOT NULL,
    memory_usage_mib_ms BIGINT NOT NULL,
    memory_allocated_mib_ms BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, day, namespace, controller_kind, controller)
);

-- What the cluster's nodes offered (their capacity), the same way: the rest of it is idle.
CREATE TABLE cluster_capacity (
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    observed_ms BIGINT NOT NULL,
    cpu_mcore_ms BIGINT NOT NULL,
    memory_mib_ms BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, day)
);

-- A workload's requests and usage at a moment, kept every few minutes for the last weeks: what a
-- p95 of usage is taken from (over-requested workloads). Usage sums the pods the metrics API
-- reported on (`measured_pods`). Older samples are deleted.
CREATE TABLE cluster_usage_samples (
    cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    sampled_at BIGINT NOT NULL,
    namespace TEXT NOT NULL,
    controller_kind TEXT NOT NULL,
    controller TEXT NOT NULL,
    pods INTEGER NOT NULL,
    measured_pods INTEGER NOT NULL,
    cpu_request_mcores BIGINT NOT NULL,
    cpu_usage_mcores BIGINT NOT NULL,
    memory_request_mib BIGINT NOT NULL,
    memory_usage_mib BIGINT NOT NULL
);
CREATE INDEX cluster_usage_samples_at ON cluster_usage_samples (cluster_id, sampled_at);

-- Each cluster's last sample: where the next interval starts, and what the last pass met.
CREATE TABLE cluster_usage_state (
    cluster_id BIGINT PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
    sampled_at BIGINT NOT NULL,
    kept_sample_at BIGINT NOT NULL,
    usage_measured BOOLEAN NOT NULL,
    error TEXT NOT NULL
);
