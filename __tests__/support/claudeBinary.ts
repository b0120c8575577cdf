// Locates the pinned Claude Code CLI that scripts/install-claude-code.mjs puts in .cache/claude-code/,
// with the script's own check (the pinned version, and a binary that really runs).
import { CLAUDE_CODE_VERSION, installedClaudeBinary } from '../../scripts/install-claude-code.mjs'

export { CLAUDE_CODE_VERSION }

export const INSTALL_HINT = 'run `node scripts/install-claude-code.mjs` to install it'

let cached: { path: string | undefined } | undefined

/** The pinned `claude` binary when it is installed and runs, else undefined. */
export function claudeBinaryPath(): string | undefined {
  cached ??= { path: installedClaudeBinary() }
  return cached.path
}
