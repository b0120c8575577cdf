#!/usr/bin/env bash
# Uploads the newest Claude Code session of BRANCH (default: the current branch) to the draft
# release claude-sessions-BRANCH. Kept for the seed scripts' users; it calls the bundled CLI.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${CLAUDE_DIR:-}" ] && [ -z "${CLAUDE_CONFIG_DIR:-}" ]; then export CLAUDE_CONFIG_DIR="$CLAUDE_DIR"; fi
exec node "$root/dist/cli/index.js" push "$@"
