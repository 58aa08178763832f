#!/usr/bin/env bash
# `npm run demo` (or `bash scripts/demo.sh`): from a fresh clone with only Node 20 and npm, installs
# what is needed, builds our n8n packages, installs the pinned real n8n, then runs the demo
# (packages/e2e/scripts/demo.ts): the example workflows in real n8n against the fake Chatwoot and
# Cliengo servers, explained in plain words.
#
#   npm run demo                    # everything; the first time takes about 5-8 minutes (n8n install)
#   npm run demo -- --keep          # then leave n8n (http://localhost:5678) and the fakes running
#   npm run demo -- --skip-poll     # skip the live Cliengo Trigger poll (up to a minute)
#   npm run demo -- --no-server     # only the `n8n execute` runs
#
# Every step is idempotent: a second run skips the installs and starts the demo in seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

for arg in "$@"; do
  case "$arg" in
    --keep|--skip-poll|--no-server) ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

T_START=$SECONDS
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
[[ -t 1 ]] || say() { printf '==> %s\n' "$*"; }
took() { printf '    (%ss)\n' "$((SECONDS - $1))"; }

command -v node >/dev/null || { echo "demo.sh: Node.js 20 or newer is needed (node not found)" >&2; exit 1; }
command -v npm >/dev/null || { echo "demo.sh: npm is needed (not found)" >&2; exit 1; }
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
if (( NODE_MAJOR < 20 )); then
  echo "demo.sh: Node.js 20 or newer is needed (found $(node --version))" >&2
  exit 1
fi

t=$SECONDS
say "Installing pnpm and the workspace dependencies (scripts/bootstrap.sh)"
bash scripts/bootstrap.sh | sed 's/^/    /'
took "$t"
PNPM="$ROOT/.tools/pnpm/node_modules/.bin/pnpm"
# turbo looks for the package manager's binary on PATH.
export PATH="$ROOT/.tools/pnpm/node_modules/.bin:$PATH"

t=$SECONDS
say "Building the node packages (turbo run build)"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
if ! "$PNPM" exec turbo run build --concurrency=2 --output-logs=errors-only > "$ROOT/.tools/demo-build.log" 2>&1; then
  cat "$ROOT/.tools/demo-build.log" >&2
  echo "demo.sh: the build failed (log: .tools/demo-build.log)" >&2
  exit 1
fi
grep -E '^\s*(Tasks|Cached|Time):' "$ROOT/.tools/demo-build.log" | sed 's/^ */    /' || true
took "$t"

t=$SECONDS
say "Packing the node packages as published (scripts/pack.js -> .tools/packs)"
# The demo installs each package into n8n from its tarball, as n8n's community-package installer
# does. A package over its size budget is still packed (a release concern): say so and go on.
if ! node scripts/pack.js 2>&1 | sed 's/^/    /'; then
  [[ -f "$ROOT/.tools/packs/packs.json" ]] || { echo "demo.sh: packing failed (see above)" >&2; exit 1; }
  echo "    (scripts/pack.js reported the problems above; the demo installs what it packed)"
fi
took "$t"

t=$SECONDS
say "Installing the pinned n8n and Node 24 into .tools (scripts/install-n8n.sh; first time 4-6 minutes)"
bash scripts/install-n8n.sh | sed 's/^/    /'
took "$t"

printf '    (setup took %ss)\n\n' "$((SECONDS - T_START))"
cd "$ROOT/packages/e2e"
exec ./node_modules/.bin/tsx scripts/demo.ts "$@"
