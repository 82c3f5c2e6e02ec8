#!/usr/bin/env bash
# ADP side by side with the stack it replaces (issue #17): the seed's NestJS + tRPC + Drizzle +
# BullMQ app from ../shared/peer, on the SAME PostgreSQL 15 (the peer's, started by its run.sh
# with default settings: fsync, synchronous_commit and full_page_writes on) and the same Redis,
# on this machine, in one sitting. Rounds alternate ADP, then the peer, so drift in the machine
# touches both alike; the table gives the median of the rounds and the ratio.
# For creates it also gives the CPU each request cost the machine (every process, from /proc) and
# what that cost allows on this machine's cores, so a rate bound by CPU reads as such.
#
# Usage: tests/bench/compare.sh [rounds] [seconds per wrk run]
#   PEER_SRC   the peer's sources (default: ../shared/peer beside the project); copied to
#              PEER_COPY (default /tmp/adp-compare-peer) because the original is read-only
#   ADP_BUILD_DIR  a build with adp-server, adp-bench and adp-bench-pipelines (default: build)
# Needs what both sides need: wrk, node/npm (the peer installs its packages on first use),
# PostgreSQL 15 and redis-server. Leaves the peer's services stopped.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${ADP_BUILD_DIR:-$ROOT/build}
ROUNDS=${1:-2}
SECONDS_PER_RUN=${2:-10}
PEER_SRC=${PEER_SRC:-$ROOT/../shared/peer}
PEER_COPY=${PEER_COPY:-/tmp/adp-compare-peer}
OUT=$(mktemp -d /tmp/adp-compare.XXXXXX)

for tool in wrk node npm redis-server; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 1; }
done
[ -x "$BUILD/bin/adp-bench" ] && [ -x "$BUILD/bin/adp-bench-pipelines" ] ||
  { echo "build first: $BUILD/bin/adp-bench and adp-bench-pipelines are missing" >&2; exit 1; }
[ -d "$PEER_SRC" ] || { echo "no peer at $PEER_SRC (set PEER_SRC)" >&2; exit 1; }

mkdir -p "$PEER_COPY"
# Keep node_modules and dist between runs; refresh the sources.
(cd "$PEER_SRC" && tar --exclude=node_modules --exclude=dist --exclude=data -cf - .) | (cd "$PEER_COPY" && tar -xf -)
export PEER_DATA=${PEER_DATA:-$PEER_COPY/data/run}
source "$PEER_COPY/env.sh"
trap '"$PEER_COPY/stop.sh" >/dev/null 2>&1 || true' EXIT
(cd "$PEER_COPY" && NO_APP=1 ./run.sh >"$OUT/peer-setup.log" 2>&1) ||
  { cat "$OUT/peer-setup.log" >&2; exit 1; }

psql_peer() { "${PSQL[@]}" -d postgres -c "$1"; }
echo "machine: $(nproc) cores; PostgreSQL $(psql_peer 'show server_version') on 127.0.0.1:$PG_PORT" \
  "(fsync $(psql_peer 'show fsync'), synchronous_commit $(psql_peer 'show synchronous_commit')," \
  "full_page_writes $(psql_peer 'show full_page_writes'), max_connections $(psql_peer 'show max_connections'));" \
  "Redis on 127.0.0.1:$REDIS_PORT; $ROUNDS round(s), ${SECONDS_PER_RUN} s per wrk run"

# One ADP round: the HTTP figures, then the pipeline figures, each on fresh databases.
adp_round() {
  local round=$1 db=adp_compare_$1 queue=adp_compare_queue_$1 pipelines=adp_compare_pipelines_$1
  for name in "$db" "$queue" "$pipelines"; do
    psql_peer "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1
    psql_peer "CREATE DATABASE $name" >/dev/null
  done
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n 5 FLUSHDB >/dev/null
  "$BUILD/bin/adp-bench" --bin "$BUILD/bin" --backend postgres --seconds "$SECONDS_PER_RUN" \
    --database "postgres://postgres@127.0.0.1:$PG_PORT/$db" --redis "redis://127.0.0.1:$REDIS_PORT/5" \
    --postgres-pid "$(cat "$PEER_DATA/postgres.pid")" --redis-pid "$(cat "$PEER_DATA/redis.pid")" \
    >"$OUT/adp-http-$round.txt" 2>&1
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n 5 FLUSHDB >/dev/null
  # As many queue workers as the peer's bench runs (its WORKER_CONCURRENCY, 10 unless set).
  "$BUILD/bin/adp-bench-pipelines" --bin "$BUILD/bin" --backend postgres --runs 50 --log-mib 64 --jobs 5000 \
    --threads "${WORKER_CONCURRENCY:-10}" \
    --database "postgres://postgres@127.0.0.1:$PG_PORT/$pipelines" \
    --queue-database "postgres://postgres@127.0.0.1:$PG_PORT/$queue" --redis "redis://127.0.0.1:$REDIS_PORT/5" \
    >"$OUT/adp-pipelines-$round.txt" 2>&1
  for name in "$db" "$queue" "$pipelines"; do psql_peer "DROP DATABASE IF EXISTS $name" >/dev/null; done
}

# One peer round with the same wrk settings as ADP's (2 threads, 50 connections).
peer_round() {
  (cd "$PEER_COPY" && THREADS=2 CONNECTIONS=50 DURATION="$SECONDS_PER_RUN" RESULTS="$OUT/peer.jsonl" ./bench.sh \
    >"$OUT/peer-$1.txt" 2>&1) || { cat "$OUT/peer-$1.txt" >&2; exit 1; }
  (cd "$PEER_COPY" && ./stop.sh app >/dev/null)
}

for round in $(seq "$ROUNDS"); do
  echo "round $round: ADP" >&2
  adp_round "$round"
  echo "round $round: peer" >&2
  peer_round "$round"
done

python3 "$ROOT/tests/bench/compare_table.py" "$OUT" "$ROUNDS"
rm -rf "$OUT"
