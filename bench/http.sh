#!/usr/bin/env bash
# HTTP load test of the release server; writes bench/RESULTS.md.
#   bash bench/http.sh            (DURATION=10s THREADS=2 to change the wrk run;
#                                  ZHIXIE_BIN=path/to/zhixie to measure that binary instead of building release;
#                                  BENCH_NOTE=text adds a line to the results)
# Builds the release preset if needed, starts a release server on a free loopback port with a fresh demo
# database, runs wrk on /healthz and /api/v1/me (signed in) at 64 and 512 connections, then measures fresh
# requests while 500 idle keep-alive connections are open. Stops the server by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
# shellcheck source=scripts/deps.sh
source scripts/deps.sh

ROOT="$PWD"
BIN="${ZHIXIE_BIN:-$ROOT/build/release/zhixie}"
DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"
WORK="$(mktemp -d /tmp/zhixie-bench.XXXXXX)"
PIDFILE="$WORK/server.pid"

cleanup() {
  zx_stop_pidfile "$PIDFILE"
  rm -rf "$WORK"
}
trap cleanup EXIT

zx_deps bench
if [[ -z "${ZHIXIE_BIN:-}" ]]; then zx_build release; fi

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
PORT="$(zx_free_port)"
URL="http://127.0.0.1:$PORT"
zx_fresh_sqlite "$BIN" "$WORK/bench.db" >/dev/null
zx_start_server "$BIN" "sqlite://$WORK/bench.db" "127.0.0.1:$PORT" "$WORK/server.log" "$PIDFILE"
COOKIE="$(node bench/session.mjs "$URL")"

# to_ms VALUE_WITH_UNIT (wrk prints 812.00us, 1.23ms, 1.02s)
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n
  }'
}

ROWS=()
declare -A RPS=() P99=()
# bench_wrk LABEL PATH CONNECTIONS [wrk header args...]
bench_wrk() {
  local label="$1" path="$2" conns="$3" out rps p50 p99 errors
  shift 3
  zx_log "wrk $label: $path at $conns connections for $DURATION"
  out="$(wrk --latency -t "$THREADS" -c "$conns" -d "$DURATION" "$@" "$URL$path")"
  printf '%s\n' "$out" >&2
  rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")"
  p50="$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  p99="$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  errors="$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10}
    END {print n + 0}' <<<"$out")"
  ROWS+=("| \`GET $path\` | $conns | $rps | $p50 | $p99 | $errors |")
  RPS[$label]="$rps"
  P99[$label]="$p99"
}

bench_wrk healthz_64 /healthz 64
bench_wrk healthz_512 /healthz 512
bench_wrk me_64 /api/v1/me 64 -H "Cookie: $COOKIE"
bench_wrk me_512 /api/v1/me 512 -H "Cookie: $COOKIE"

zx_log "500 idle keep-alive connections, then 20 fresh requests"
IDLE_JSON="$(node bench/idle.mjs "$URL" 500 20)"
printf '%s\n' "$IDLE_JSON" >&2
IDLE_MEDIAN="$(node -p 'JSON.parse(process.argv[1]).median_ms' "$IDLE_JSON")"
IDLE_MAX="$(node -p 'JSON.parse(process.argv[1]).max_ms' "$IDLE_JSON")"
IDLE_OPEN="$(node -p 'JSON.parse(process.argv[1]).open' "$IDLE_JSON")"

# verdict ACTUAL OP TARGET → ✅ / ❌
verdict() { awk -v a="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == ">=") ? a >= t : a < t; print ok ? "✅" : "❌" }'; }

{
  echo "### HTTP on sqlite ($(date -u '+%Y-%m-%d'))"
  echo
  echo "Written by \`bash bench/http.sh\` (release build, SQLite demo database, wrk $THREADS threads × $DURATION per run;"
  echo "the server and wrk share the machine)."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2 / 1048576}' /proc/meminfo)"
  echo "- load average (1, 5, 15 min) before the run: $LOAD_BEFORE — other work on the machine lowers every number"
  echo "- server: \`$("$BIN" --version)\` (${BIN#"$ROOT"/}), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo 'none yet')"
  if [[ -n "${BENCH_NOTE:-}" ]]; then echo "- note: $BENCH_NOTE"; fi
  echo "- commands: \`wrk --latency -t $THREADS -c CONNS -d $DURATION URL\` (for /api/v1/me with \`-H 'Cookie: zx_session=…'\`);"
  echo "  \`node bench/idle.mjs URL 500 20\`"
  echo
  echo "| request | connections | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Fresh requests (each on a new connection) while $IDLE_OPEN of 500 idle keep-alive connections are open:"
  echo "median **$IDLE_MEDIAN ms**, max **$IDLE_MAX ms** over 20 requests."
  echo
  echo "Targets:"
  echo
  echo "| target | measured | met |"
  echo "|---|---|---|"
  echo "| ≥ 50,000 req/s \`/healthz\` (64 conns) | ${RPS[healthz_64]} | $(verdict "${RPS[healthz_64]}" '>=' 50000) |"
  echo "| ≥ 20,000 req/s \`/api/v1/me\` (64 conns) | ${RPS[me_64]} | $(verdict "${RPS[me_64]}" '>=' 20000) |"
  echo "| p99 < 20 ms at 64 conns (\`/healthz\`, \`/api/v1/me\`) | ${P99[healthz_64]} ms, ${P99[me_64]} ms | $(verdict "$(printf '%s\n' "${P99[healthz_64]}" "${P99[me_64]}" | sort -g | tail -n 1)" '<' 20) |"
  echo "| fresh request < 50 ms with 500 idle (max) | $IDLE_MAX ms | $(verdict "$IDLE_MAX" '<' 50) |"
} >"$WORK/section.md"

cat "$WORK/section.md"
# the other benchmarks' sections of bench/RESULTS.md stay as they are
node --input-type=module -e "
  import { readFileSync } from 'node:fs';
  import { writeResults } from './bench/results.mjs';
  writeResults('http', 'sqlite', readFileSync(process.argv[1], 'utf8'));" "$WORK/section.md"
