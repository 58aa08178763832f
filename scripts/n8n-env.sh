# shellcheck shell=bash
# Source this file (after scripts/install-n8n.sh) to run the pinned local n8n
# headless and offline:
#
#   source scripts/n8n-env.sh
#   "$N8N_BIN" --version
#   "$N8N_BIN" start            # http://127.0.0.1:$N8N_PORT/healthz
#
# Which n8n: N8N_VARIANT=next picks the newer one of `scripts/install-n8n.sh --next`
# (.tools/n8n-next); N8N_DIR_NAME=<folder under .tools> picks any other install; the
# default is the pinned one in .tools/n8n. N8N_INSTALL_DIR is the folder chosen.
#
# Most variables only get a default, so anything already set in the
# environment wins (e.g. N8N_USER_FOLDER=/tmp/x N8N_PORT=5700 source ...);
# the "never phone home" block is forced. Sourcing it again is harmless.
# See scripts/N8N-NOTES.md for what each setting is for and how to use n8n.

_n8n_env_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"

# --- runtime ---------------------------------------------------------------
export N8N_TOOLS_DIR="$_n8n_env_root/.tools"
export N8N_NODE24_DIR="$N8N_TOOLS_DIR/node24"
case ":$PATH:" in
  ":$N8N_NODE24_DIR/bin:"*) ;;                      # already first
  *) export PATH="$N8N_NODE24_DIR/bin:$PATH" ;;
esac
# Which installed n8n (see the top of this file; the same names as scripts/install-n8n.sh).
_n8n_env_dir="${N8N_DIR_NAME:-}"
if [[ -z "$_n8n_env_dir" ]]; then
  case "${N8N_VARIANT:-default}" in
    next) _n8n_env_dir=n8n-next ;;
    *) _n8n_env_dir=n8n ;;
  esac
fi
export N8N_INSTALL_DIR="$N8N_TOOLS_DIR/$_n8n_env_dir"
# n8n's own launcher (#!/usr/bin/env node, so it runs on the Node 24 above).
export N8N_BIN="$N8N_INSTALL_DIR/node_modules/n8n/bin/n8n"
# Headers for any native rebuild done with this environment (never download).
export npm_config_nodedir="$N8N_NODE24_DIR"
if [[ ! -x "$N8N_BIN" || ! -x "$N8N_NODE24_DIR/bin/node" ]]; then
  echo "n8n-env.sh: n8n is not installed in .tools/$_n8n_env_dir yet: run scripts/install-n8n.sh$([[ "$_n8n_env_dir" == n8n-next ]] && echo ' --next')" >&2
fi

# --- instance data -----------------------------------------------------------
# n8n keeps its data in $N8N_USER_FOLDER/.n8n (sqlite DB, config with the
# encryption key, community nodes in .n8n/nodes/node_modules, binary data).
export N8N_USER_FOLDER="${N8N_USER_FOLDER:-$N8N_TOOLS_DIR/n8n-home}"
# Fixed key so credentials exported/imported in tests decrypt everywhere.
# Must match the one stored in $N8N_USER_FOLDER/.n8n/config once created.
export N8N_ENCRYPTION_KEY="${N8N_ENCRYPTION_KEY:-local-n8n-test-encryption-key-not-secret}"
export DB_TYPE="${DB_TYPE:-sqlite}"
export N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS="${N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS:-false}"

# --- HTTP server ---------------------------------------------------------------
# Values derived from N8N_PORT follow it when this file is sourced again with
# another N8N_PORT, unless they were set by hand.
_n8n_derive() { # NAME VALUE: set NAME=VALUE unless NAME was set by hand
  local name="$1" value="$2" mark="_N8N_ENV_SET_$1"
  if [[ -z "${!name:-}" || "${!name}" == "${!mark:-}" ]]; then
    export "$name=$value"
    export "$mark=$value"
  fi
}
export N8N_PORT="${N8N_PORT:-5678}"
export N8N_LISTEN_ADDRESS="${N8N_LISTEN_ADDRESS:-127.0.0.1}"
export N8N_HOST="${N8N_HOST:-127.0.0.1}"
export N8N_PROTOCOL="${N8N_PROTOCOL:-http}"
# Base URL of test and production webhooks (WEBHOOK_URL is the deprecated name).
_n8n_derive N8N_WEBHOOK_URL "http://127.0.0.1:$N8N_PORT/"
_n8n_derive N8N_EDITOR_BASE_URL "http://127.0.0.1:$N8N_PORT/"
export N8N_SECURE_COOKIE="${N8N_SECURE_COOKIE:-false}"
export GENERIC_TIMEZONE="${GENERIC_TIMEZONE:-UTC}"

# --- task runners -------------------------------------------------------------
# n8n 2.x always uses task runners (N8N_RUNNERS_ENABLED is deprecated and only
# logs a warning). "internal" = n8n spawns the JS runner itself and its broker
# listens on 127.0.0.1:$N8N_RUNNERS_BROKER_PORT: no network needed. Give every
# concurrently running n8n process its own broker port (e.g. `n8n execute`
# while `n8n start` runs), or the second one fails with EADDRINUSE.
export N8N_RUNNERS_MODE="${N8N_RUNNERS_MODE:-internal}"
export N8N_RUNNERS_BROKER_LISTEN_ADDRESS="${N8N_RUNNERS_BROKER_LISTEN_ADDRESS:-127.0.0.1}"
_n8n_derive N8N_RUNNERS_BROKER_PORT "$((N8N_PORT + 1))"
# The Python runner needs a venv with n8n's Python package: not installed.
# (n8n still logs "Failed to start Python task runner ...": harmless.)
export N8N_PYTHON_ENABLED="${N8N_PYTHON_ENABLED:-false}"
# Set explicitly (to the announced future defaults) so n8n prints no
# deprecation notice about them.
export N8N_RUNNERS_TASK_TIMEOUT="${N8N_RUNNERS_TASK_TIMEOUT:-60}"
export N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES="${N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES:-268435456}"
export N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES="${N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES:-1000}"

# --- never phone home ---------------------------------------------------------
export N8N_DIAGNOSTICS_ENABLED=false
export N8N_DIAGNOSTICS_CONFIG_FRONTEND=""
export N8N_DIAGNOSTICS_CONFIG_BACKEND=""
export N8N_VERSION_NOTIFICATIONS_ENABLED=false
export N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED=false
export N8N_TEMPLATES_ENABLED=false
export N8N_DYNAMIC_BANNERS_ENABLED=false
export N8N_PERSONALIZATION_ENABLED=false
export N8N_HIRING_BANNER_ENABLED=false
export EXTERNAL_FRONTEND_HOOKS_URLS=""
export N8N_LICENSE_AUTO_RENEW_ENABLED=false
export N8N_AI_ENABLED=false
export N8N_AI_GATEWAY_ENABLED=false
# Community nodes are loaded from $N8N_USER_FOLDER/.n8n/nodes/node_modules;
# "verified packages" would fetch n8n's catalogue of vetted nodes online.
export N8N_COMMUNITY_PACKAGES_ENABLED="${N8N_COMMUNITY_PACKAGES_ENABLED:-true}"
export N8N_VERIFIED_PACKAGES_ENABLED=false
export N8N_REINSTALL_MISSING_PACKAGES=false
# Explicit to silence a deprecation notice (the default flips to false later).
export N8N_UNVERIFIED_PACKAGES_ENABLED=true
# The mcp-registry module downloads n8n's MCP server catalogue at startup.
export N8N_DISABLED_MODULES="${N8N_DISABLED_MODULES:-mcp-registry}"

# --- logging ----------------------------------------------------------------------
# Logs go to stdout. Keep "info": `n8n execute --rawOutput` prints its JSON
# through the info logger, so it prints nothing at "warn" or "error".
export N8N_LOG_LEVEL="${N8N_LOG_LEVEL:-info}"

unset _n8n_env_root _n8n_env_dir
unset -f _n8n_derive
