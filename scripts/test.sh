#!/usr/bin/env bash
# The README's test command: installs what is missing, then type-checks, builds, runs every
# package's tests and the end-to-end tests in real n8n, and prints one summary line.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/bootstrap.sh || exit 1
P="$ROOT/.tools/pnpm/node_modules/.bin/pnpm"
export PATH="$ROOT/.tools/pnpm/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
status=0
rm -f packages/*/.jest-results.json .tools/e2e-results.json .tools/e2e-results-next.json

echo "==> type-check, lint and build (turbo)"
"$P" exec turbo run typecheck lint build --concurrency=2 --output-logs=errors-only || status=1

echo "==> unit and integration tests against the fake servers (turbo)"
"$P" exec turbo run test --concurrency=2 --continue --output-logs=full || status=1

if [ "${SKIP_E2E:-0}" != "1" ]; then
  if [ -f scripts/e2e.sh ]; then
    echo "==> end-to-end tests in real n8n (the pinned version)"
    bash scripts/e2e.sh || status=1
    # The same suite on the newer n8n (scripts/install-n8n.sh --next installs it into .tools/n8n-next).
    if [ "${SKIP_N8N_NEXT:-0}" != "1" ]; then
      echo "==> end-to-end tests in real n8n (the newer version; SKIP_N8N_NEXT=1 skips this run)"
      N8N_VARIANT=next bash scripts/e2e.sh || status=1
    fi
  fi
fi

node scripts/summarize-tests.js || status=1
exit $status
