-- Schema 47: what connected clusters offer and their workloads reserve and use (see the PostgreSQL file).
CREATE TABLE cluster_usage (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
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
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    day BIGINT NOT NULL,
    observed_ms BIGINT NOT NULL,
    cpu_mcore_ms BIGINT NOT NULL,
    memory_mib_ms BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, day)
);

-- A workload's requests and usage at a moment, kept every few minutes for the last weeks: what
-- a p95 of usage is taken from (over-requested workloads). Older samples are deleted.
CREATE TABLE cluster_usage_samples (
    cluster_id INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
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
    cluster_id INTEGER PRIMARY KEY REFERENCES clusters(id) ON DELETE CASCADE,
    sampled_at BIGINT NOT NULL,
    kept_sample_at BIGINT NOT NULL,
    usage_measured INTEGER NOT NULL,
    error TEXT NOT NULL
);
