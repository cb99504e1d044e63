#!/usr/bin/env bash
# Runs every test: server unit tests (debug build with ASan+UBSan) and the HTTP API suite, each on SQLite and on a
# throwaway PostgreSQL 15, the web unit tests, and the browser tests against a debug server.
# Ends with one line "N passed, N failed"; exits non-zero when anything failed or a suite did not run.
# Logs: var/test/.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
# shellcheck source=scripts/deps.sh
source scripts/deps.sh

ROOT="$PWD"
LOGS="$ROOT/var/test"
BIN="$ROOT/build/debug/zhixie"
PG_DIR=""
E2E_PIDFILE="$LOGS/e2e-server.pid"

SUITES=()
declare -A PASSED=() FAILED=() NOTE=()

# record NAME PASSED FAILED [NOTE]
record() {
  SUITES+=("$1")
  PASSED[$1]="$2"
  FAILED[$1]="$3"
  NOTE[$1]="${4:-}"
}

# run_suite NAME KIND RESULT_FILE COMMAND... — runs COMMAND in a subshell (a failure inside it cannot end this
# script), then counts results from RESULT_FILE (see scripts/count-results.mjs). A suite without a result counts
# as "did not run"; a non-zero exit with no failed test counts as one failure.
run_suite() {
  local name="$1" kind="$2" result="$3" status=0 counts
  shift 3
  zx_log "suite: $name"
  rm -f "$result"
  ("$@") || status=$?
  if counts="$(node scripts/count-results.mjs "$kind" "$result")"; then
    read -r p f <<<"$counts"
    if ((p + f == 0)); then
      record "$name" 0 0 "DID NOT RUN (no tests found; exit status $status)"
    elif ((status != 0 && f == 0)); then
      record "$name" "$p" 1 "exit status $status with no failed test"
    else
      record "$name" "$p" "$f"
    fi
  else
    record "$name" 0 0 "DID NOT RUN (exit status $status)"
  fi
}

not_run() { record "$1" 0 0 "DID NOT RUN ($2)"; }

summary() {
  local name total_p=0 total_f=0 unrun=0
  echo
  echo "==================== test summary ===================="
  for name in "${SUITES[@]}"; do
    printf '%-22s %5s passed %5s failed  %s\n' "$name" "${PASSED[$name]}" "${FAILED[$name]}" "${NOTE[$name]}"
    total_p=$((total_p + PASSED[$name]))
    total_f=$((total_f + FAILED[$name]))
    if [[ "${NOTE[$name]}" == "DID NOT RUN"* ]]; then unrun=$((unrun + 1)); fi
  done
  echo "logs: ${LOGS#"$ROOT"/}/"
  ((unrun == 0)) || echo "$unrun suite(s) did not run"
  echo "$total_p passed, $total_f failed"
  ((total_f == 0 && unrun == 0))
}

cleanup() {
  zx_stop_pidfile "$E2E_PIDFILE"
  if [[ -n "$PG_DIR" ]]; then bash scripts/pg-test-cluster.sh stop "$PG_DIR" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

api_suite() { # api_suite BACKEND RESULT_FILE [extra env...]
  local backend="$1" result="$2"
  shift 2
  env ZHIXIE_BIN="$BIN" ZHIXIE_TEST_BACKEND="$backend" "$@" \
    node --test --test-reporter=tap --test-timeout=600000 tests/api/ 2>&1 | tee "$result"
}

web_units() {
  (cd web && npm run test:unit -- --reporter=default --reporter=json --outputFile.json="$LOGS/web-unit.json")
}

# The type check of the web UI (vue-tsc; `npm run build` does not check types) and of the browser tests' JSDoc:
# one result per TypeScript project.
web_types() {
  local proj p=0 f=0
  for proj in tsconfig.app.json tsconfig.node.json; do
    if (cd web && npx vue-tsc --noEmit -p "$proj") >>"$LOGS/web-types.log" 2>&1; then
      p=$((p + 1))
    else
      f=$((f + 1))
      zx_log "type errors in web/$proj (var/test/web-types.log)"
    fi
  done
  record "web types" "$p" "$f"
}

e2e_suite() { # e2e_suite RESULT_FILE
  local port db="$LOGS/e2e.db"
  port="$(zx_free_port)"
  zx_fresh_sqlite "$BIN" "$db" >/dev/null || return 1
  : >"$LOGS/e2e-server.log"
  zx_start_server "$BIN" "sqlite://$db" "127.0.0.1:$port" "$LOGS/e2e-server.log" "$E2E_PIDFILE" \
    --web-root "$ROOT/web/dist" --demo
  local status=0
  (cd web && ZHIXIE_E2E_URL="http://127.0.0.1:$port" npm run test:e2e 2>&1) | tee "$1" || status=$?
  zx_stop_pidfile "$E2E_PIDFILE"
  return "$status"
}

main() {
  zx_deps test
  rm -rf "$LOGS"
  mkdir -p "$LOGS"

  if ! zx_build debug; then
    not_run "server build" "cmake --build --preset debug failed"
    summary
    return 1
  fi

  # One throwaway PostgreSQL cluster serves both the unit tests (database zhixie_unit) and the API suite (one
  # database per test file, created by tests/api/lib/server.mjs).
  PG_DIR="$(mktemp -d /tmp/zhixie-pg.XXXXXX)"
  local pg_url="" unit_pg=()
  if pg_url="$(bash scripts/pg-test-cluster.sh start "$PG_DIR" | tail -n 1)" &&
    psql -q "$pg_url/postgres" -c "CREATE DATABASE zhixie_unit TEMPLATE template0 ENCODING 'UTF8' \
LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"; then
    unit_pg=(env ZHIXIE_TEST_PG_DB="$pg_url/zhixie_unit")
  else
    pg_url=""
  fi

  run_suite "server unit" gtest "$LOGS/unit.json" "${unit_pg[@]}" build/debug/zhixie_tests \
    --gtest_output="json:$LOGS/unit.json"
  [[ -n "$pg_url" ]] || not_run "server unit on pg" "the PostgreSQL test cluster did not start"
  run_suite "api sqlite" tap "$LOGS/api-sqlite.tap" api_suite sqlite "$LOGS/api-sqlite.tap"

  if [[ -n "$pg_url" ]]; then
    run_suite "api postgres" tap "$LOGS/api-postgres.tap" \
      api_suite postgres "$LOGS/api-postgres.tap" ZHIXIE_TEST_PG="$pg_url"
  else
    not_run "api postgres" "the PostgreSQL test cluster did not start"
  fi
  bash scripts/pg-test-cluster.sh stop "$PG_DIR"
  PG_DIR=""

  if ! zx_npm_ci "$ROOT/web"; then
    not_run "web unit" "npm ci in web/ failed"
    not_run "web e2e" "npm ci in web/ failed"
  else
    run_suite "web unit" vitest "$LOGS/web-unit.json" web_units
    web_types
    if zx_build_web; then
      run_suite "web e2e" tap "$LOGS/web-e2e.tap" e2e_suite "$LOGS/web-e2e.tap"
    else
      not_run "web e2e" "npm run build in web/ failed"
    fi
  fi

  summary
}

main "$@"
