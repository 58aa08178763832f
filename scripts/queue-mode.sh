#!/usr/bin/env bash
# n8n in queue mode on this machine (issue 15): Redis and PostgreSQL from Debian's packages, then
# one n8n main process, two `n8n worker` processes and one `n8n webhook` process, all with
# EXECUTIONS_MODE=queue, the same encryption key and one user folder holding our packed packages
# as a community install. Everything listens on 127.0.0.1 only; data lives under .tools/queue/.
#
#   bash scripts/queue-mode.sh --keep     # start everything, print the editor URL, the webhook URL
#                                         # and the owner login; runs until Ctrl-C, then stops it all
#   bash scripts/queue-mode.sh services   # only Redis and PostgreSQL (installed when missing, started,
#                                         # a fresh `n8n` database): prints their settings as JSON
#                                         # (packages/e2e/src/queue.ts calls this)
#   bash scripts/queue-mode.sh test       # the queue-mode e2e tests (packages/e2e/test/queue-mode.e2e.ts)
#   bash scripts/queue-mode.sh stop       # stops Redis and PostgreSQL (and any n8n of --keep still running)
#
# --keep and test first build and pack the node packages and install the pinned n8n when missing
# (`npm run queue-mode -- --keep` also installs pnpm and the workspace on a fresh clone). Redis and PostgreSQL are
# installed with apt-get (as root, or through password-less sudo) when missing. PostgreSQL refuses
# to run as root: as root, its data folder belongs to the `postgres` system user (created with the
# package) and initdb / pg_ctl run as that user through runuser.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
Q="$ROOT/.tools/queue"
STATE="$Q/services.json"
PG_DATA="$Q/pg/data"
PG_SOCK="$Q/pg/socket"
PG_LOG="$Q/pg/postgres.log"
REDIS_DIR="$Q/redis"

say() { printf '==> queue-mode: %s\n' "$*" >&2; }
die() { printf 'ERROR: queue-mode: %s\n' "$*" >&2; exit 1; }

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

# --- install ------------------------------------------------------------------------------------
pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/pg_ctl" && -x "$d/initdb" ]] && { echo "$d"; return 0; }; done
  command -v pg_ctl >/dev/null && command -v initdb >/dev/null && { dirname "$(command -v pg_ctl)"; return 0; }
  return 1
}

ensure_installed() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  pg_bindir >/dev/null || missing+=(postgresql)
  command -v psql >/dev/null || missing+=(postgresql-client)
  ((${#missing[@]})) || return 0
  command -v apt-get >/dev/null || die "${missing[*]} missing and apt-get not found: install Redis and PostgreSQL yourself"
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else die "${missing[*]} missing: not root and no password-less sudo to run apt-get"; fi
  fi
  mkdir -p "$Q"
  if command -v flock >/dev/null; then exec 8>"$Q/.install.lock"; flock 8; fi
  say "installing Debian's ${missing[*]} (apt-get update && apt-get install -y)"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
  # The package may start its own service (systemd or init script): ours runs on its own port and data.
  command -v redis-server >/dev/null && pg_bindir >/dev/null || die "installed, but redis-server or pg_ctl still not found"
}

# --- helpers ------------------------------------------------------------------------------------
free_port() { # a port on 127.0.0.1 nobody listens on, below the ephemeral range
  local p i
  for i in $(seq 1 200); do
    p=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    echo "$p"; return 0
  done
  die "no free port found"
}

alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# As root, PostgreSQL runs as this user (it refuses root).
PG_USER_OS=""
as_pg() {
  if [[ -n "$PG_USER_OS" ]]; then runuser -u "$PG_USER_OS" -- "$@"; else "$@"; fi
}
pick_pg_user() {
  [[ "$(id -u)" == 0 ]] || return 0
  if id postgres >/dev/null 2>&1; then PG_USER_OS=postgres; return 0; fi
  id n8nqueue >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin n8nqueue || die "could not create the system user n8nqueue for PostgreSQL"
  PG_USER_OS=n8nqueue
}

state_get() { [[ -f "$STATE" ]] && sed -n "s/.*\"$1\": *\"\{0,1\}\([^,\"}]*\)\"\{0,1\}.*/\1/p" "$STATE" | head -1; }

# --- services -----------------------------------------------------------------------------------
start_redis() {
  local port pidfile="$REDIS_DIR/redis.pid"
  mkdir -p "$REDIS_DIR"
  if alive "$(cat "$pidfile" 2>/dev/null)"; then
    port="$(state_get redisPort)"
    redis-cli -h 127.0.0.1 -p "$port" FLUSHALL >/dev/null
    echo "$port"; return 0
  fi
  port="$(free_port)"
  redis-server --bind 127.0.0.1 --port "$port" --daemonize yes --pidfile "$pidfile" --dir "$REDIS_DIR" \
    --logfile "$REDIS_DIR/redis.log" --save '' --appendonly no --protected-mode yes >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && { echo "$port"; return 0; }; sleep 0.1; done
  die "Redis did not answer on 127.0.0.1:$port (log: $REDIS_DIR/redis.log)"
}

start_postgres() {
  local bindir port
  bindir="$(pg_bindir)"
  pick_pg_user
  mkdir -p "$Q/pg"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    rm -rf "$PG_DATA"; mkdir -p "$PG_DATA" "$PG_SOCK"
    [[ -n "$PG_USER_OS" ]] && chown -R "$PG_USER_OS" "$Q/pg"
    as_pg "$bindir/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale >"$Q/pg/initdb.log" 2>&1 || die "initdb failed (log: $Q/pg/initdb.log)"
  fi
  mkdir -p "$PG_SOCK"; [[ -n "$PG_USER_OS" ]] && chown "$PG_USER_OS" "$PG_SOCK" && touch "$PG_LOG" && chown "$PG_USER_OS" "$PG_LOG"
  if as_pg "$bindir/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    port="$(state_get pgPort)"
  else
    port="$(free_port)"
    as_pg "$bindir/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_SOCK -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || die "PostgreSQL did not start (log: $PG_LOG)"
  fi
  # A fresh database for n8n each time (a role with a password, as a real install would have).
  PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<SQL || die "could not create the n8n database"
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'n8n') THEN CREATE ROLE n8n LOGIN PASSWORD 'n8n'; END IF;
END \$\$;
DROP DATABASE IF EXISTS n8n WITH (FORCE);
CREATE DATABASE n8n OWNER n8n;
SQL
  echo "$port"
}

services() {
  ensure_installed
  mkdir -p "$Q/homes"
  # n8n user folders of earlier runs (about 50 MB each): the two newest stay, for their logs.
  { ls -1dt "$Q"/homes/*/ 2>/dev/null || true; } | tail -n +3 | xargs -r rm -rf
  local redis pg
  redis="$(start_redis)"
  pg="$(start_postgres)"
  cat >"$STATE" <<JSON
{"redisHost": "127.0.0.1", "redisPort": $redis, "pgHost": "127.0.0.1", "pgPort": $pg, "pgUser": "n8n", "pgPassword": "n8n", "pgDatabase": "n8n", "dir": "$Q"}
JSON
  cat "$STATE"
}

stop_all() {
  local pid f bindir
  # --keep's runner, then every n8n process group still recorded (pid files of packages/e2e/src/process.ts)
  for f in "$Q"/run/keep.pid "$Q"/homes/*/logs/*.pid; do
    [[ -f "$f" ]] || continue
    pid="$(cat "$f")"
    if alive "$pid"; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
      alive "$pid" && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; }
    fi
    rm -f "$f"
  done
  pid="$(cat "$REDIS_DIR/redis.pid" 2>/dev/null || true)"
  if alive "$pid"; then
    kill -TERM "$pid"
    for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    say "Redis stopped"
  fi
  if [[ -f "$PG_DATA/postmaster.pid" ]] && bindir="$(pg_bindir)"; then
    pick_pg_user
    as_pg "$bindir/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 && say "PostgreSQL stopped" || true
  fi
  rm -f "$STATE"
}

# The build, the packs and the pinned n8n (quick when they are there already).
prepare() {
  say "building and packing the node packages, installing n8n if missing"
  (
    cd "$ROOT"
    export PATH="$ROOT/.tools/pnpm/node_modules/.bin:$PATH" TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
    command -v pnpm >/dev/null || die "pnpm missing: run through \`npm run queue-mode -- …\` (it installs pnpm and the workspace)"
    pnpm exec turbo run build --filter='./packages/node-*' --output-logs=errors-only >&2
    node scripts/pack.js >&2
    bash scripts/install-n8n.sh >&2
  ) || die "could not build, pack or install n8n"
}

cmd="${1:-}"
case "$cmd" in
  services) services ;;
  stop) stop_all ;;
  test)
    prepare
    cd "$ROOT/packages/e2e"
    exec ./node_modules/.bin/jest --runInBand test/queue-mode.e2e.ts
    ;;
  --keep|keep)
    prepare
    services >/dev/null
    trap stop_all EXIT
    cd "$ROOT/packages/e2e"
    mkdir -p "$Q/run"
    # In the background and waited for, so that a TERM to this script reaches it too (Ctrl-C reaches both).
    setsid ./node_modules/.bin/tsx src/queue-cli.ts --keep &
    keep=$!
    echo "$keep" >"$Q/run/keep.pid"
    trap 'kill -TERM "$keep" 2>/dev/null; wait "$keep"; exit 0' TERM INT HUP
    wait "$keep" || true
    ;;
  -h|--help|"") usage; [[ -n "$cmd" ]] || exit 2 ;;
  *) echo "queue-mode.sh: unknown command $cmd (see --help)" >&2; exit 2 ;;
esac
