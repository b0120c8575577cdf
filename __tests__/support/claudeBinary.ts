// Locates the pinned Claude Code CLI that scripts/install-claude-code.mjs puts in .cache/claude-code/.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Keep equal to CLAUDE_CODE_VERSION in scripts/install-claude-code.mjs (the version FACTS.md was verified against). */
export const CLAUDE_CODE_VERSION = '2.1.331'

export const INSTALL_HINT = 'run `node scripts/install-claude-code.mjs` to install it'

const packageDir = join(
  fileURLToPath(new URL('../../', import.meta.url)),
  '.cache',
  'claude-code',
  'node_modules',
  '@anthropic-ai',
  'claude-code'
)

let cached: { path: string | undefined } | undefined

/** The pinned `claude` binary when it is installed and runs, else undefined. */
export function claudeBinaryPath(): string | undefined {
  if (!cached) cached = { path: locate() }
  return cached.path
}

function locate(): string | undefined {
  const manifest = join(packageDir, 'package.json')
  if (!existsSync(manifest)) return undefined
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
    version?: string
    bin?: string | Record<string, string>
  }
  if (pkg.version !== CLAUDE_CODE_VERSION) return undefined
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.claude
  if (!bin) return undefined
  const binary = join(packageDir, bin)
  if (!existsSync(binary)) return undefined
  // Without its postinstall the package keeps a stub that prints an error instead of the version.
  const run = spawnSync(binary, ['--version'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', DISABLE_AUTOUPDATER: '1' }
  })
  return run.status === 0 && run.stdout.includes(CLAUDE_CODE_VERSION) ? binary : undefined
}
