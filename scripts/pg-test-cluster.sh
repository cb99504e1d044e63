#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests.
#   bash scripts/pg-test-cluster.sh start DIR   → initdb into DIR (must be empty or absent), start on a free
#                                                  127.0.0.1 port, print the URL postgresql://zhixie@127.0.0.1:PORT
#   bash scripts/pg-test-cluster.sh stop DIR    → stop the cluster and delete DIR
# The cluster runs as a non-root system user (postgres if it exists, else zhixie-test, created on demand),
# trusts local connections, listens on loopback only and keeps its unix socket inside DIR.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

pg_user() {
  if id -u postgres >/dev/null 2>&1; then
    echo postgres
  else
    id -u zhixie-test >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin zhixie-test
    echo zhixie-test
  fi
}

# as_pg_user CMD... — runs CMD as the cluster's owner (directly when not root).
as_pg_user() {
  if ((EUID == 0)); then
    runuser -u "$(pg_user)" -- "$@"
  else
    "$@"
  fi
}

start() {
  local dir="$1" port
  [[ -x "$PG_BIN/initdb" ]] || zx_die "PostgreSQL 15 is not installed ($PG_BIN/initdb); run scripts/deps.sh test"
  mkdir -p "$dir"
  [[ -z "$(ls -A "$dir")" ]] || zx_die "$dir is not empty"
  if ((EUID == 0)); then chown "$(pg_user)" "$dir"; fi
  chmod 700 "$dir"
  as_pg_user "$PG_BIN/initdb" --pgdata="$dir/data" --locale=C.UTF-8 --encoding=UTF8 --auth=trust \
    --username=zhixie --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  port="$(zx_free_port)"
  as_pg_user "$PG_BIN/pg_ctl" start --wait --timeout=60 --pgdata="$dir/data" --log="$dir/server.log" \
    --options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  printf 'postgresql://zhixie@127.0.0.1:%s\n' "$port" | tee "$dir/url"
}

stop() {
  local dir="$1"
  [[ -d "$dir" ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_pg_user "$PG_BIN/pg_ctl" stop --wait --mode=fast --pgdata="$dir/data" >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start | stop)
    [[ $# -eq 2 ]] || zx_die "usage: $0 start|stop DIR"
    "$1" "$2"
    ;;
  *) zx_die "usage: $0 start|stop DIR" ;;
esac
