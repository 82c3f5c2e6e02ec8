#!/usr/bin/env bash
# Throwaway PostgreSQL 15 and Redis on free 127.0.0.1 ports, for tests and
# benchmarks. Sourced; exports ADP_TEST_PG_URL and ADP_TEST_REDIS_URL.
# The functional tests run PostgreSQL with fsync off (fast, throwaway); benchmarks set
# ADP_PG_DURABLE=1 for PostgreSQL's own defaults (fsync, synchronous_commit and full_page_writes
# on), as users run it.

adp_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

adp_start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  ADP_PG_DIR=$(mktemp -d /tmp/adp-pg.XXXXXX)
  ADP_PG_PORT=$(adp_free_port)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$ADP_PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$ADP_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$ADP_PG_DIR/initdb.log" 2>&1 \
    || { cat "$ADP_PG_DIR/initdb.log" >&2; return 1; }
  local durability="-c fsync=off"
  [ "${ADP_PG_DURABLE:-0}" = 1 ] && durability=""
  "${run[@]}" "$bin/pg_ctl" -D "$ADP_PG_DIR/data" -l "$ADP_PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $ADP_PG_PORT -c unix_socket_directories=$ADP_PG_DIR $durability -c max_connections=300 -c shared_buffers=128MB" \
    >/dev/null || { cat "$ADP_PG_DIR/server.log" >&2; return 1; }
  export ADP_TEST_PG_URL="postgres://postgres@127.0.0.1:$ADP_PG_PORT/postgres"
  echo "PostgreSQL on 127.0.0.1:$ADP_PG_PORT"
}

adp_stop_postgres() {
  [ -n "${ADP_PG_DIR:-}" ] || return 0
  local run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" /usr/lib/postgresql/15/bin/pg_ctl -D "$ADP_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$ADP_PG_DIR"
  ADP_PG_DIR=
}

adp_start_redis() {
  ADP_REDIS_PORT=$(adp_free_port)
  ADP_REDIS_DIR=$(mktemp -d /tmp/adp-redis.XXXXXX)
  redis-server --bind 127.0.0.1 --port "$ADP_REDIS_PORT" --save '' --appendonly no --databases 64 \
    --dir "$ADP_REDIS_DIR" --daemonize yes --pidfile "$ADP_REDIS_DIR/redis.pid" --logfile "$ADP_REDIS_DIR/redis.log"
  for _ in $(seq 50); do
    redis-cli -p "$ADP_REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  export ADP_TEST_REDIS_URL="redis://127.0.0.1:$ADP_REDIS_PORT"
  echo "Redis on 127.0.0.1:$ADP_REDIS_PORT"
}

adp_stop_redis() {
  [ -n "${ADP_REDIS_DIR:-}" ] || return 0
  [ -f "$ADP_REDIS_DIR/redis.pid" ] && kill "$(cat "$ADP_REDIS_DIR/redis.pid")" 2>/dev/null || true
  sleep 0.2
  rm -rf "$ADP_REDIS_DIR"
  ADP_REDIS_DIR=
}

adp_stop_services() {
  adp_stop_redis
  adp_stop_postgres
}
