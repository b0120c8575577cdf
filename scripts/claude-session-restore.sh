#!/usr/bin/env bash
# Downloads the newest stored Claude Code session of BRANCH (default: the current branch) into this
# directory's Claude project folder and prints `claude --resume <id>`. Kept for the seed scripts'
# users; it calls the bundled CLI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${CLAUDE_DIR:-}" ] && [ -z "${CLAUDE_CONFIG_DIR:-}" ]; then export CLAUDE_CONFIG_DIR="$CLAUDE_DIR"; fi
exec node "$root/dist/cli/index.js" pull "$@"
