#!/usr/bin/env bash
# Runs Zhixie with the demo data: installs what is missing, builds the release server and the web UI (only what
# changed), migrates and seeds var/zhixie.db, (re)starts the server on http://127.0.0.1:8080 in the background,
# and prints the URL and the demo logins. Stop it with: kill "$(cat var/zhixie.pid)"
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
# shellcheck source=scripts/deps.sh
source scripts/deps.sh

ROOT="$PWD"
BIN="$ROOT/build/release/zhixie"
DB="sqlite://$ROOT/var/zhixie.db"
LISTEN="127.0.0.1:8080"
PIDFILE="$ROOT/var/zhixie.pid"
LOG="$ROOT/var/zhixie.log"

zx_deps run
zx_build release
zx_build_web || zx_die "the web UI did not build"

mkdir -p var
zx_log "migrating and seeding var/zhixie.db"
"$BIN" migrate --database "$DB" >/dev/null
logins="$("$BIN" seed-demo --database "$DB")"

zx_stop_pidfile "$PIDFILE"
zx_log "starting the server (log: var/zhixie.log)"
zx_start_server "$BIN" "$DB" "$LISTEN" "$LOG" "$PIDFILE" --web-root "$ROOT/web/dist" --demo

echo
echo "Zhixie 智协 is running: http://$LISTEN/   (pid $(cat "$PIDFILE"); stop: kill \"\$(cat var/zhixie.pid)\")"
echo
echo "Demo logins 演示账号:"
node -e '
const roles = new Map(require("./config/permissions.json").roles.map((r) => [r.code, r.zh + " " + r.en]));
const rows = require("fs").readFileSync(0, "utf8").split("\n").map((l) => l.split(/\s+/))
  .filter((f) => f[0] === "login:");
console.log("  %s %s %s %s", "committee".padEnd(10), "username".padEnd(12), "password".padEnd(13), "role");
for (const [, committee, username, password, role] of rows) {
  console.log("  %s %s %s %s", committee.padEnd(10), username.padEnd(12), password.padEnd(13), roles.get(role) ?? role);
}' <<<"$logins"
