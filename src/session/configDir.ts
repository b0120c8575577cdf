import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** Claude Code's configuration folder: `$CLAUDE_CONFIG_DIR`, else `<home>/.claude` (docs/facts.md#session-location). */
export function claudeConfigDir(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  const configured = env.CLAUDE_CONFIG_DIR
  return configured ? resolve(configured) : join(home, '.claude')
}
