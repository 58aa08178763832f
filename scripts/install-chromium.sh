#!/usr/bin/env bash
# Install Debian's Chromium for the browser test of the e2e suite (packages/e2e/test/browser.e2e.ts),
# which drives it with playwright-core (no browser download: the test uses /usr/bin/chromium).
#
#   bash scripts/install-chromium.sh    # called by scripts/e2e.sh before the pinned n8n run
#
# Idempotent: when /usr/bin/chromium runs, it exits at once. Otherwise it installs the `chromium`
# package with apt-get (as root, or through sudo when that works without a password). One install
# at a time (a lock file under .tools/), so parallel calls wait for the first.
# CHROMIUM_BIN overrides the path checked (and the test's executablePath).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"

say() { printf '==> chromium: %s\n' "$*"; }
die() {
  printf 'ERROR: chromium: %s\n' "$*" >&2
  printf 'ERROR: chromium: the browser test needs Chromium at %s; install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_BIN to a Chromium binary\n' "$BIN" >&2
  exit 1
}

works() { [[ -x "$BIN" ]] && "$BIN" --headless=new --no-sandbox --version >/dev/null 2>&1; }

if works; then
  say "$("$BIN" --version 2>/dev/null | head -1) at $BIN"
  exit 0
fi

mkdir -p "$TOOLS"
if command -v flock >/dev/null; then
  exec 9>"$TOOLS/.install-chromium.lock"
  flock -n 9 || { say "another install-chromium.sh is installing Chromium: waiting for it"; flock 9; }
  # the other one may have finished it
  if works; then say "$("$BIN" --version 2>/dev/null | head -1) at $BIN"; exit 0; fi
fi

[[ "$BIN" == /usr/bin/chromium ]] || die "$BIN does not run (CHROMIUM_BIN is set, so nothing is installed)"
command -v apt-get >/dev/null || die "apt-get not found: not a Debian-based system"
SUDO=()
if [[ "$(id -u)" != 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n); else die "not root and no password-less sudo to run apt-get"; fi
fi

t0=$SECONDS
export DEBIAN_FRONTEND=noninteractive
say "installing Debian's chromium package (apt-get update && apt-get install -y chromium; about 1-3 minutes)"
"${SUDO[@]}" apt-get update -qq || die "apt-get update failed"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null || die "apt-get install chromium failed"
works || die "$BIN was installed but does not start"
say "$("$BIN" --version 2>/dev/null | head -1) installed at $BIN in $((SECONDS - t0))s"
