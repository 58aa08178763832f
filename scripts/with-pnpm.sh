#!/usr/bin/env bash
# Runs a command with the workspace's pinned pnpm first on PATH, so turbo (which looks pnpm up on
# PATH) and `pnpm exec` work on a machine that has only Node 20 and npm. The root scripts use it:
#
#   bash scripts/with-pnpm.sh turbo run lint      # what `npm run lint` runs
#
# When pnpm or the workspace's dependencies are missing (a fresh clone), or pnpm-lock.yaml differs
# from what was last installed, it runs scripts/bootstrap.sh first (output on stderr); otherwise it
# adds only the PATH entry and costs nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$ROOT/.tools/pnpm/node_modules/.bin"
[ $# -gt 0 ] || { echo "usage: bash scripts/with-pnpm.sh <command> [args...]" >&2; exit 2; }
WANT="$(cd "$ROOT" && node -p "require('./package.json').packageManager.split('@')[1]")"

needs_bootstrap() {
  [ -x "$BIN/pnpm" ] || return 0
  [ "$("$BIN/pnpm" --version 2>/dev/null)" = "$WANT" ] || return 0
  [ -f "$ROOT/node_modules/.pnpm/lock.yaml" ] || return 0
  cmp -s "$ROOT/pnpm-lock.yaml" "$ROOT/node_modules/.pnpm/lock.yaml" || return 0
  return 1
}

if needs_bootstrap; then
  bash "$ROOT/scripts/bootstrap.sh" >&2
fi
export PATH="$BIN:$ROOT/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
exec "$@"
