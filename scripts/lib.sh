# shellcheck shell=bash
# Shared helpers for scripts/*.sh and bench/http.sh. Source it; it defines functions and nothing runs.
# Every helper that starts a process records its PID, and every stop is by that PID — never by name.

ZX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

zx_log() { printf '==> %s\n' "$*" >&2; }
zx_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# A free TCP port on 127.0.0.1 (the kernel picks it; we release it at once).
zx_free_port() {
  node -e 'const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# True when something accepts connections on HOST:PORT.
zx_port_in_use() {
  node -e 'const [h, p] = process.argv[1].split(":");
const c = require("net").connect(+p, h, () => { c.destroy(); process.exit(0); });
c.on("error", () => process.exit(1));' "$1"
}

# sha256 over the content of the given files/directories (sorted, skipping node_modules and dist).
zx_tree_hash() {
  local p present=()
  for p in "$@"; do [[ -e "$p" ]] && present+=("$p"); done
  ((${#present[@]})) || { echo none; return; }
  find "${present[@]}" \( -name node_modules -o -name dist \) -prune -o -type f -print0 |
    LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1
}

# Configure and build one CMake preset (debug or release). The binary is build/<preset>/zhixie.
zx_build() {
  local preset="$1" launcher=()
  # a compiler cache, when the machine has one, makes rebuilds in fresh clones cheap (nothing needs it)
  if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  zx_log "building the server ($preset)"
  (cd "$ZX_ROOT" && cmake --preset "$preset" "${launcher[@]}" >/dev/null && cmake --build --preset "$preset")
}

# npm ci in DIR when DIR/package-lock.json changed since the last install (stamp inside node_modules).
zx_npm_ci() {
  local dir="$1" stamp want
  stamp="$dir/node_modules/.zhixie-lock.sha256"
  [[ -f "$dir/package.json" ]] || return 0
  if [[ ! -f "$dir/package-lock.json" ]]; then
    zx_log "no package-lock.json in $dir: npm install without a lock file"
    (cd "$dir" && npm install --no-audit --no-fund --no-package-lock)
    return $?
  fi
  want="$(cat "$dir/package-lock.json" <(node --version) | sha256sum | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  zx_log "npm ci in ${dir#"$ZX_ROOT"/}"
  (cd "$dir" && npm ci --no-audit --no-fund) || return 1
  printf '%s\n' "$want" >"$stamp"
}

# Build web/dist unless the web sources are unchanged since the last build (stamp inside web/dist).
zx_build_web() {
  local web="$ZX_ROOT/web" stamp want
  stamp="$web/dist/.zhixie-src.sha256"
  [[ -f "$web/package.json" ]] || { zx_log "web/package.json is missing"; return 1; }
  zx_npm_ci "$web" || return 1
  want="$(cd "$web" && zx_tree_hash package.json package-lock.json index.html vite.config.ts \
    tsconfig.json tsconfig.app.json tsconfig.node.json src public ../config/permissions.json)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    zx_log "web UI unchanged: web/dist is up to date"
    return 0
  fi
  zx_log "building the web UI"
  (cd "$web" && npm run build) || return 1
  printf '%s\n' "$want" >"$stamp"
}

# zx_start_server BIN DATABASE_URL HOST:PORT LOGFILE PIDFILE [extra serve options...]
# Starts `zhixie serve` in the background with nohup, records its PID, waits for /healthz.
zx_start_server() {
  local bin="$1" db="$2" listen="$3" log="$4" pidfile="$5"
  shift 5
  if zx_port_in_use "$listen"; then
    zx_die "$listen is already in use by another process"
  fi
  mkdir -p "$(dirname "$log")" "$(dirname "$pidfile")"
  nohup "$bin" serve --database "$db" --listen "$listen" "$@" >>"$log" 2>&1 </dev/null &
  printf '%s\n' "$!" >"$pidfile"
  zx_wait_healthy "http://$listen" "$(cat "$pidfile")" "$log"
}

# zx_wait_healthy BASE_URL PID LOGFILE — waits up to 60 s for GET /healthz = 200 while PID lives.
zx_wait_healthy() {
  local url="$1" pid="$2" log="$3" i
  for ((i = 0; i < 600; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$log" >&2 || true
      zx_die "the server (pid $pid) exited before it became healthy; log: $log"
    fi
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1));' \
      "$url/healthz" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  tail -n 30 "$log" >&2 || true
  zx_die "the server (pid $pid) did not answer $url/healthz within 60 s; log: $log"
}

# zx_stop_pidfile PIDFILE — stops the process whose PID the file holds (TERM, then KILL after 10 s).
# It only signals a PID whose command line is a zhixie binary, so a stale file never hits a reused PID.
zx_stop_pidfile() {
  local pidfile="$1" pid i
  [[ -f "$pidfile" ]] || return 0
  pid="$(cat "$pidfile")"
  rm -f "$pidfile"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'zhixie'; then
    kill -TERM "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 0.1
    done
    zx_log "pid $pid ignored SIGTERM for 10 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
}

# zx_fresh_sqlite BIN DB_FILE — a new SQLite database, migrated and seeded with the demo (seed output on stdout).
zx_fresh_sqlite() {
  local bin="$1" file="$2"
  rm -f "$file" "$file-wal" "$file-shm"
  mkdir -p "$(dirname "$file")"
  "$bin" migrate --database "sqlite://$file" >/dev/null || return 1
  "$bin" seed-demo --database "sqlite://$file"
}
