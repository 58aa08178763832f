#!/usr/bin/env bash
# Installs what the workspace needs on a machine that has only Node 20 and npm:
# the pinned pnpm (into .tools/pnpm, nothing global) and the workspace's dependencies.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
PNPM_DIR="$ROOT/.tools/pnpm"
PNPM="$PNPM_DIR/node_modules/.bin/pnpm"

if [ ! -x "$PNPM" ] || [ "$("$PNPM" --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION into .tools/pnpm"
  mkdir -p "$PNPM_DIR"
  npm install --prefix "$PNPM_DIR" --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
else
  echo "==> pnpm $PNPM_VERSION already installed"
fi

echo "==> installing workspace dependencies (pnpm install)"
if [ -f pnpm-lock.yaml ]; then
  "$PNPM" install --frozen-lockfile --reporter=append-only 2>&1 | grep -v '^Progress' || true
else
  "$PNPM" install --reporter=append-only 2>&1 | grep -v '^Progress' || true
fi
test -d node_modules/.pnpm || { echo "pnpm install failed" >&2; exit 1; }
