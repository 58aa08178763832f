#!/usr/bin/env bash
# End-to-end tests in a real n8n (packages/e2e): our packages, packed (scripts/pack.js) and installed
# from their tarballs in a fresh n8n user folder as n8n's community-package installer does, run by
# the n8n CLI and server against the fake Chatwoot, Cliengo, Crisp and Chaport servers.
#
#   bash scripts/e2e.sh                 # called by scripts/test.sh after bootstrap + build
#   E2E_TIMEOUT=900 bash scripts/e2e.sh # limit of the jest run in seconds (default 2400)
#   bash scripts/e2e.sh -t webhook      # extra arguments go to jest (here: only tests matching "webhook")
#   N8N_VARIANT=next bash scripts/e2e.sh  # the same on the newer n8n (scripts/install-n8n.sh --next,
#                                       # .tools/n8n-next); results in .tools/e2e-results-next.json
#
# Steps: install n8n if missing (scripts/install-n8n.sh, a no-op when installed), clean up after a
# previous run that crashed, build the node packages if their dist/ is missing, pack them into
# .tools/packs (node scripts/pack.js), run jest in packages/e2e (its `e2e` script with this variant's output file; one n8n home per test file),
# then write .tools/e2e-results[-next].json = {variant, n8n, passed, failed, skipped, note} for scripts/summarize-tests.js.
# Whatever goes wrong (install, build, jest crash, timeout) the results file says failed >= 1.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
P="$ROOT/.tools/pnpm/node_modules/.bin/pnpm"
export PATH="$ROOT/.tools/pnpm/node_modules/.bin:$PATH"
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
# Which n8n (the same names as scripts/install-n8n.sh and scripts/n8n-env.sh): the pinned one, or
# N8N_VARIANT=next for the newer one. Each has its own results, jest output and log.
case "${N8N_VARIANT:-default}" in
  default | "") N8N_VARIANT=default; SUFFIX=""; INSTALL_ARGS=() ;;
  next) SUFFIX="-next"; INSTALL_ARGS=(--next) ;;
  *) echo "e2e.sh: N8N_VARIANT must be default or next, not $N8N_VARIANT" >&2; exit 2 ;;
esac
export N8N_VARIANT
unset N8N_DIR_NAME   # the variant decides (paths.ts and n8n-env.sh read it)
RESULTS="$ROOT/.tools/e2e-results$SUFFIX.json"
JEST_JSON="$ROOT/.tools/e2e-jest$SUFFIX.json"
HOMES="$ROOT/.tools/e2e-homes"
LOG="$ROOT/.tools/e2e$SUFFIX.log"
T_START=$SECONDS

say() { printf '==> e2e%s: %s\n' "$SUFFIX" "$*"; }

# results FAILED NOTE: a results file for runs that never got to jest's own numbers.
results() {
  mkdir -p "$ROOT/.tools"
  node -e 'const [f, failed, note, variant] = process.argv.slice(1);
    require("fs").writeFileSync(f, JSON.stringify({ variant, n8n: null, passed: 0, failed: Number(failed), skipped: 0, note }, null, 2) + "\n");' \
    "$RESULTS" "$1" "$2" "$N8N_VARIANT"
}

# Until jest's numbers are in, the run counts as failed (a crash or a kill leaves this behind).
results 1 "e2e did not finish (crashed or was interrupted)"
rm -f "$JEST_JSON"

# ------------------------------------------------------------------------------------ n8n ---
say "installing n8n if missing (scripts/install-n8n.sh ${INSTALL_ARGS[*]:-})"
t0=$SECONDS
if ! bash scripts/install-n8n.sh "${INSTALL_ARGS[@]}"; then
  results 1 "n8n could not be installed (scripts/install-n8n.sh ${INSTALL_ARGS[*]:-} failed)"
  say "FAILED: n8n install"
  exit 1
fi
T_INSTALL=$((SECONDS - t0))
N8N_VERSION_RUN="$(N8N_DIR_NAME="n8n$SUFFIX" bash -c 'source scripts/n8n-env.sh >/dev/null 2>&1; node -p "require(process.argv[1]).version" "$N8N_INSTALL_DIR/node_modules/n8n/package.json"')"
say "n8n $N8N_VERSION_RUN (.tools/n8n$SUFFIX)"

# --------------------------------------------------------------------------- Chromium ---
# The browser test (packages/e2e/test/browser.e2e.ts) drives the editor of the pinned n8n in
# Debian's Chromium (scripts/install-chromium.sh: apt-get, a no-op when installed). It is skipped
# on the newer n8n, so that run needs no browser. Without Chromium that test fails and says why.
if [[ $N8N_VARIANT == default ]]; then
  say "installing Chromium if missing, for the browser test (scripts/install-chromium.sh)"
  bash scripts/install-chromium.sh || say "Chromium could not be installed: the browser test will fail (the others run)"
fi

# ------------------------------------------------------- leftovers of an interrupted run ---
# Only processes the harness started (pid files under .tools/e2e-homes/*/logs) whose parent is
# gone (orphans of a killed test run): a run in progress elsewhere keeps its processes.
cleanup_leftovers() {
  local pidfile pid ppid parent killed=0
  shopt -s nullglob
  for pidfile in "$HOMES"/*/logs/*.pid; do
    pid="$(cat "$pidfile" 2>/dev/null)"
    [[ "$pid" =~ ^[0-9]+$ ]] || { rm -f "$pidfile"; continue; }
    if [[ ! -d /proc/$pid ]] || ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'n8n'; then
      rm -f "$pidfile"; continue
    fi
    ppid="$(awk '{print $4}' "/proc/$pid/stat" 2>/dev/null)"
    parent="$(tr '\0' ' ' <"/proc/$ppid/cmdline" 2>/dev/null || true)"
    if [[ "$ppid" == 1 || -z "$parent" || ! "$parent" =~ (jest|node|tsx) ]]; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
      sleep 2
      kill -KILL -- "-$pid" 2>/dev/null || true
      rm -f "$pidfile"
      killed=$((killed + 1))
    fi
  done
  [[ $killed -gt 0 ]] && say "stopped $killed n8n process group(s) left over by an interrupted run"
  # Keep the 10 newest homes (logs, database: for post-mortems) minus the editor's UI cache n8n start
  # writes there (~46 MB each); drop older ones. Homes something still runs in are left alone.
  local dir n=0
  for dir in $(ls -1dt "$HOMES"/*/ 2>/dev/null); do
    n=$((n + 1))
    compgen -G "$dir/logs/*.pid" >/dev/null && continue
    if [[ $n -le 10 ]]; then rm -rf "$dir/.cache"; else rm -rf "$dir"; fi
  done
  shopt -u nullglob
  return 0
}
mkdir -p "$HOMES"
cleanup_leftovers

# ------------------------------------------------------------------ built node packages ---
# scripts/test.sh builds before calling this; on its own, build what is missing.
t0=$SECONDS
need_build=0
for pkg in packages/node-*/; do
  if ! node -e 'const fs = require("fs"), path = require("path"); const dir = process.argv[1];
      const pkg = require(path.resolve(dir, "package.json"));
      const files = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
      process.exit(files.length && files.every((f) => fs.existsSync(path.join(dir, f))) ? 0 : 1);' "$pkg"; then
    say "$pkg is not built"
    need_build=1
  fi
done
if [[ $need_build == 1 ]]; then
  say "building the node packages (turbo run build)"
  if ! "$P" exec turbo run build --filter='./packages/node-*' --output-logs=errors-only; then
    results 1 "the node packages do not build"
    say "FAILED: build"
    exit 1
  fi
fi
T_BUILD=$((SECONDS - t0))

# ------------------------------------------------------------------------ packed tarballs ---
# The tests install each package from its tarball, as n8n's community-package installer does
# (installOurPackages): pack them once, from the build above, into .tools/packs. A package over its
# size budget is still packed (packages/release fails on the budget); the tests refuse a missing
# or stale pack on their own.
say "packing the node packages (node scripts/pack.js -> .tools/packs)"
t0=$SECONDS
if ! node scripts/pack.js; then
  if [[ ! -f "$ROOT/.tools/packs/packs.json" ]]; then
    results 1 "the node packages could not be packed (scripts/pack.js failed)"
    say "FAILED: pack"
    exit 1
  fi
  say "scripts/pack.js reported the problems above; the tests install what it packed"
fi
T_PACK=$((SECONDS - t0))

# ------------------------------------------------------------------------------- jest ---
say "running the end-to-end tests on n8n $N8N_VERSION_RUN (jest in packages/e2e; log: .tools/e2e$SUFFIX.log)"
t0=$SECONDS
# pnpm and jest run in their own session/process group, so that the watchdog can stop all of them
# (the n8n processes the harness started have groups of their own: cleanup_leftovers below).
LIMIT="${E2E_TIMEOUT:-2400}"
TIMED_OUT="$ROOT/.tools/.e2e-timed-out"
rm -f "$TIMED_OUT"
# The package's `e2e` script, with this variant's output file.
setsid "$P" --filter @leadchat/e2e exec jest --runInBand --json --outputFile="$JEST_JSON" "$@" > >(tee "$LOG") 2>&1 &
run_pid=$!
(
  end=$((SECONDS + LIMIT))
  while kill -0 "$run_pid" 2>/dev/null; do
    if ((SECONDS >= end)); then
      touch "$TIMED_OUT"
      kill -TERM -- "-$run_pid" 2>/dev/null
      for _ in $(seq 30); do kill -0 "$run_pid" 2>/dev/null || break; sleep 1; done
      kill -KILL -- "-$run_pid" 2>/dev/null
      break
    fi
    sleep 1
  done
) &
watchdog_pid=$!
wait "$run_pid"
jest_status=$?
wait "$watchdog_pid" 2>/dev/null
T_JEST=$((SECONDS - t0))
if [[ -f "$TIMED_OUT" ]]; then
  jest_status=124
  say "the run was stopped after ${LIMIT} s"
  rm -f "$TIMED_OUT"
fi
cleanup_leftovers

# ---------------------------------------------------------------------------- results ---
node - "$JEST_JSON" "$RESULTS" "$jest_status" "$T_JEST" "$N8N_VARIANT" "$N8N_VERSION_RUN" <<'EOF'
const fs = require('fs');
const [jsonFile, resultsFile, statusArg, secondsArg, variant, n8n] = process.argv.slice(2);
const status = Number(statusArg);
let out;
if (!fs.existsSync(jsonFile)) {
  out = { variant, n8n, passed: 0, failed: 1, skipped: 0, seconds: Number(secondsArg), note: status === 124 ? 'timed out before jest wrote its results' : `jest wrote no results (exit ${status})` };
} else {
  const r = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
  const brokenSuites = (r.testResults || []).filter((s) => s.status === 'failed' && !(s.assertionResults || []).some((a) => a.status === 'failed'));
  let failed = r.numFailedTests + brokenSuites.length;
  if (failed === 0 && (status !== 0 || !r.success)) failed = 1;
  const suites = (r.testResults || []).map((s) => `${require('path').basename(s.name)} ${Math.round(((s.endTime ?? 0) - (s.startTime ?? 0)) / 1000)}s ${s.status}`);
  const failing = (r.testResults || []).flatMap((s) => (s.assertionResults || []).filter((a) => a.status === 'failed').map((a) => `${require('path').basename(s.name)}: ${a.fullName}`));
  const notes = [`${r.numTotalTestSuites} files in ${secondsArg}s`];
  if (brokenSuites.length) notes.push(`broken: ${brokenSuites.map((s) => require('path').basename(s.name)).join(', ')}`);
  if (status === 124) notes.push('timed out');
  out = { variant, n8n, passed: r.numPassedTests, failed, seconds: Number(secondsArg), skipped: r.numPendingTests + r.numTodoTests, note: notes.join('; '), suites, failing };
}
fs.writeFileSync(resultsFile, JSON.stringify(out, null, 2) + '\n');
console.log(`==> e2e${variant === 'next' ? '-next' : ''}: n8n ${n8n}: ${out.passed} passed, ${out.failed} failed, ${out.skipped} skipped (${out.note})`);
for (const s of out.suites || []) console.log(`      ${s}`);
for (const f of out.failing || []) console.log(`      FAILED ${f}`);
EOF

say "timings: n8n install check ${T_INSTALL}s, build check ${T_BUILD}s, pack ${T_PACK}s, tests ${T_JEST}s, total $((SECONDS - T_START))s"
failed="$(node -p 'require(process.argv[1]).failed' "$RESULTS" 2>/dev/null || echo 1)"
[[ "$failed" == 0 && $jest_status == 0 ]]
