#!/usr/bin/env bash
# Prints the newest Claude Code session id for BRANCH (default: the current branch) in this
# directory. QUIET=1 prints only the id. Exit code 1 when there is none.
# Kept for the seed scripts' users; it calls the bundled CLI (no gh, no jq).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The seed scripts named the Claude folder CLAUDE_DIR.
if [ -n "${CLAUDE_DIR:-}" ] && [ -z "${CLAUDE_CONFIG_DIR:-}" ]; then export CLAUDE_CONFIG_DIR="$CLAUDE_DIR"; fi
if [ "${QUIET:-0}" = "1" ]; then
  exec node "$root/dist/cli/index.js" --quiet discover "$@" 2>/dev/null
fi
exec node "$root/dist/cli/index.js" discover "$@"
