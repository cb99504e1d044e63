#!/usr/bin/env bash
# Installs what is missing, and nothing else. Sourced by run.sh, test.sh and bench/http.sh, or run directly:
#   bash scripts/deps.sh [run|test|bench]      (default: run)
# Debian packages are checked with dpkg-query first; apt-get runs only when something is missing.
# zx_deps_npm runs npm ci in web/ (and tests/api/ if it ever gets a package.json) only when the package-lock.json
# changed since the last install; run.sh and test.sh call it through zx_npm_ci / zx_build_web (scripts/lib.sh).

# Build and run the server and build the web UI (python3-jieba: its dictionary is data for the word segmenter).
ZX_DEPS_RUN=(build-essential cmake ninja-build pkg-config libboost1.74-dev libsoci-dev libsqlite3-dev libpq-dev
  libsodium-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev libssl-dev
  libopencc-dev libicu-dev libxlsxwriter-dev zlib1g-dev libgtest-dev libgmock-dev python3-jieba)
# Run every test: a throwaway PostgreSQL 15, a headless browser with Chinese glyphs, the sqlite3 CLI.
ZX_DEPS_TEST=(postgresql-15 chromium fonts-wqy-microhei sqlite3)
# Load tests.
ZX_DEPS_BENCH=(wrk)

zx_missing_packages() {
  local pkg
  for pkg in "$@"; do
    if [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != ii* ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

zx_apt_install() {
  local missing=()
  mapfile -t missing < <(zx_missing_packages "$@")
  ((${#missing[@]})) || return 0
  printf '==> installing Debian packages: %s\n' "${missing[*]}" >&2
  local sudo=()
  if ((EUID != 0)); then sudo=(sudo); fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# zx_deps [run|test|bench]
zx_deps() {
  local profile="${1:-run}" pkgs=("${ZX_DEPS_RUN[@]}")
  case "$profile" in
    run) ;;
    test) pkgs+=("${ZX_DEPS_TEST[@]}") ;;
    bench) pkgs+=("${ZX_DEPS_BENCH[@]}") ;;
    *) printf 'zx_deps: unknown profile %s (run|test|bench)\n' "$profile" >&2; return 2 ;;
  esac
  if ! command -v node >/dev/null 2>&1; then pkgs+=(nodejs npm); fi
  zx_apt_install "${pkgs[@]}"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if ((major < 20)); then
    # Debian 12 ships Node.js 18; the web UI needs 20. The npm registry carries Node.js 20 as the `node` package.
    printf '==> Node.js %s is too old: npm install -g node@20\n' "$(node --version)" >&2
    local sudo=()
    if ((EUID != 0)); then sudo=(sudo); fi
    "${sudo[@]}" npm install -g --no-audit --no-fund node@20
    hash -r
    major="$(node -p 'process.versions.node.split(".")[0]')"
    ((major >= 20)) || { printf 'error: still Node.js %s after npm install -g node@20\n' "$(node --version)" >&2; return 1; }
  fi
}

# npm ci where a package-lock.json changed since the last install.
zx_deps_npm() {
  # shellcheck source=scripts/lib.sh
  source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
  zx_npm_ci "$ZX_ROOT/web" && zx_npm_ci "$ZX_ROOT/tests/api"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  zx_deps "$@"
  zx_deps_npm
fi
