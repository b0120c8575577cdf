#!/usr/bin/env bash
# Installs what the tests need beyond `npm ci`, on a fresh Debian machine or runner:
#   - the `age` CLI, to prove our age archives interoperate with the standard tool;
#   - the pinned Claude Code CLI, for the real-client end-to-end test (kept in .cache/, outside
#     node_modules, so a plain `npm ci` stays light).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v age >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y -qq age >/dev/null
  else
    echo "warning: 'age' is not installed and apt-get is unavailable; age interop tests will fail under CI" >&2
  fi
fi

if [ -f scripts/install-claude-code.mjs ]; then
  node scripts/install-claude-code.mjs
fi
