#!/usr/bin/env bash
# Benchmarks: adp-server on SQLite and on PostgreSQL + Redis, each started,
# seeded with 1,000 projects and driven by wrk on loopback (issue #2; the
# projects list also as a member whose visibility rules apply, issue #3), and
# `adp-server audit verify` over a million events on PostgreSQL (issue #3), and the pipelines
# figures of issue #4 on both backends (trigger to first script, pending to picked, queue
# throughput, log capture with masking and RSS), and the desktop's log viewer with a million lines, alone
# and in adp-desktop opened on a real server's job (its memory with the log open; issue #5).
# The HTTP front under hostile load: slow clients and 400 MB bodies (issue #15). Masking
# throughput with 100 masked variables in their encoded forms, an environment's history of
# 10,000 deployments and approval to deploy job running, on both backends (issue #19). FOCUS
# bills read and imported, a million lines, on both backends; ten million usage rows summed and the
# cost charts drawn (issue #21).
# Prints one table per run. Usage: tests/bench/run.sh [seconds per wrk run] [audit events] [log MiB] [viewer lines]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${ADP_BUILD_DIR:-$ROOT/build}
source "$ROOT/packaging/dev/deps.sh"
source "$ROOT/packaging/dev/services.sh"
adp_install_deps
adp_build "$ROOT" "$BUILD" >/dev/null
trap adp_stop_services EXIT
ADP_PG_DURABLE=1 adp_start_postgres >/dev/null # as users run it (issue #17)
adp_start_redis >/dev/null
SECONDS_PER_RUN=${1:-10}
nproc | xargs echo "cores:"
run=()
[ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
echo "PostgreSQL durability (fsync, synchronous_commit, full_page_writes): $("${run[@]}" /usr/lib/postgresql/15/bin/psql -qAt \
  -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "SELECT current_setting('fsync') || ', ' || current_setting('synchronous_commit') || ', ' || current_setting('full_page_writes')" postgres)"
"$BUILD/bin/adp-bench" --bin "$BUILD/bin" --backend sqlite --seconds "$SECONDS_PER_RUN"
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_bench" postgres
"$BUILD/bin/adp-bench" --bin "$BUILD/bin" --backend postgres --seconds "$SECONDS_PER_RUN" \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_bench" --redis "$ADP_TEST_REDIS_URL"
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_audit_bench" postgres
"$BUILD/bin/adp-bench-audit" --bin "$BUILD/bin" --events "${2:-1000000}" \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_audit_bench"
"$BUILD/bin/adp-bench-pipelines" --bin "$BUILD/bin" --backend sqlite --log-mib "${3:-1024}"
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_pipelines_bench" postgres
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_queue_bench" postgres
redis-cli -u "$ADP_TEST_REDIS_URL" FLUSHALL >/dev/null
"$BUILD/bin/adp-bench-pipelines" --bin "$BUILD/bin" --backend postgres --log-mib "${3:-1024}" \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_pipelines_bench" \
  --queue-database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_queue_bench" --redis "$ADP_TEST_REDIS_URL"
"$BUILD/bin/adp-bench-masking" --log-mib "${3:-1024}"
"$BUILD/bin/adp-bench-deployments" --bin "$BUILD/bin" --backend sqlite
"$BUILD/bin/adp-bench-kubernetes" --runs 5
"$BUILD/bin/adp-bench-job-pods" --bin "$BUILD/bin" --backend sqlite
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_job_pods_bench" postgres
redis-cli -u "$ADP_TEST_REDIS_URL" FLUSHALL >/dev/null
"$BUILD/bin/adp-bench-job-pods" --bin "$BUILD/bin" --backend postgres \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_job_pods_bench" --redis "$ADP_TEST_REDIS_URL"
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_deployments_bench" postgres
redis-cli -u "$ADP_TEST_REDIS_URL" FLUSHALL >/dev/null
"$BUILD/bin/adp-bench-deployments" --bin "$BUILD/bin" --backend postgres \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_deployments_bench" --redis "$ADP_TEST_REDIS_URL"
QT_QPA_PLATFORM=offscreen "$BUILD/bin/adp-bench-log-viewer" --lines "${4:-1000000}"
"$BUILD/bin/adp-bench-desktop" --bin "$BUILD/bin" --lines "${4:-1000000}"
"$BUILD/bin/adp-bench-workspace" --bin "$BUILD/bin" --projects 1000
"$BUILD/bin/adp-bench-ai-stream" --bin "$BUILD/bin" --answers 20
"$BUILD/bin/adp-bench-ai-log" --bin "$BUILD/bin" --mib 1024 --binary-mib 64
python3 "$ROOT/tests/bench/http_front_load.py" "$BUILD/bin" 10
# Cloud bills (issue #21): reading FOCUS, and importing a million lines on both backends.
"$BUILD/bin/adp-bench-focus"
"$BUILD/bin/adp-bench-focus-import" --bin "$BUILD/bin" --backend sqlite
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_focus_bench" postgres
"$BUILD/bin/adp-bench-focus-import" --bin "$BUILD/bin" --backend postgres \
  --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_focus_bench"
# ADP's own usage at a busy organisation's scale (10 million job runs) summed by project and day,
# on both backends, and the Costs area's charts with a year of 200 projects (issue #21).
"${run[@]}" /usr/lib/postgresql/15/bin/psql -q -h 127.0.0.1 -p "$ADP_PG_PORT" -U postgres -c "CREATE DATABASE adp_cost_usage_bench" postgres
"$BUILD/bin/adp-bench-cost-usage" --database "postgres://postgres@127.0.0.1:$ADP_PG_PORT/adp_cost_usage_bench"
usage_dir=$(mktemp -d)
"$BUILD/bin/adp-bench-cost-usage" --database "sqlite://$usage_dir/usage.db"
rm -rf "$usage_dir"
QT_QPA_PLATFORM=offscreen "$BUILD/bin/adp-bench-cost-chart"
