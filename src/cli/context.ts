import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { parseKeyMaterial, type EncryptionKey } from '../archive/index.js'
import { UsageError } from '../errors.js'
import { claudeConfigDir } from '../session/index.js'
import { openStore } from '../store/index.js'
import type { SyncContext } from '../sync/index.js'
import { resolveRemote, resolveToken } from './config.js'
import { cliLogger, type Io } from './io.js'

/** What every command gets from its caller: injected so tests can run commands directly. */
export interface CommandEnv {
  env: NodeJS.ProcessEnv
  cwd: string
  io: Io
}

export interface GlobalOptions {
  repo?: string
  verbose?: boolean
}

/**
 * The sync context, plus the token it uses: a save must never upload it and a pull recognises a
 * copy redacted with it, whichever source (GH_TOKEN, GITHUB_TOKEN, gh) it came from.
 */
export async function syncContextFor(
  global: GlobalOptions,
  ce: CommandEnv
): Promise<SyncContext & { token: string }> {
  const remote = await resolveRemote({ repo: global.repo, cwd: ce.cwd, env: ce.env })
  const token = await resolveToken(ce.env)
  const log = cliLogger(ce.io, global.verbose)
  return {
    store: openStore({
      token,
      repository: remote.repository,
      apiUrl: remote.apiUrl,
      graphqlUrl: ce.env.GITHUB_GRAPHQL_URL,
      log,
      retry: retryFromEnv(ce.env)
    }),
    repository: remote.repository,
    log,
    tempDir: ce.env.RUNNER_TEMP || tmpdir(),
    token
  }
}

/** CLAUDE_SESSION_RETRIES caps retries (e.g. 0 in scripts that prefer to fail fast). */
function retryFromEnv(env: NodeJS.ProcessEnv): { retries?: number } | undefined {
  const value = env.CLAUDE_SESSION_RETRIES
  if (value === undefined) return undefined
  const retries = Number(value)
  if (!Number.isInteger(retries) || retries < 0)
    throw new UsageError(`CLAUDE_SESSION_RETRIES must be a whole number, got "${value}".`)
  return { retries }
}

/** The Claude folder: CLAUDE_CONFIG_DIR, else ~/.claude (the seed scripts' CLAUDE_DIR is mapped by them). */
export function configDirFor(ce: CommandEnv): string {
  return claudeConfigDir(ce.env)
}

export function cwdFor(ce: CommandEnv, option?: string): string {
  return option ? resolve(ce.cwd, option) : ce.cwd
}

/** The key from --encryption-key-file, else CLAUDE_SESSION_KEY, plus --recipient keys for encrypting. */
export async function encryptionKeyFor(
  ce: CommandEnv,
  options: { encryptionKeyFile?: string; recipient?: string[] }
): Promise<EncryptionKey | undefined> {
  let text: string | undefined
  if (options.encryptionKeyFile) {
    text = await readFile(resolve(ce.cwd, options.encryptionKeyFile), 'utf8').catch(() => {
      throw new UsageError(`Cannot read the key file ${options.encryptionKeyFile}.`)
    })
  } else if (ce.env.CLAUDE_SESSION_KEY) {
    text = ce.env.CLAUDE_SESSION_KEY
  }
  const recipients = options.recipient ?? []
  if (text === undefined && recipients.length === 0) return undefined
  const key = text !== undefined ? parseKeyMaterial(text) : {}
  return recipients.length > 0
    ? { ...key, recipients: [...(key.recipients ?? []), ...recipients] }
    : key
}
