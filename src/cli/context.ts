import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checkKey } from '../archive/index.js'
import { UsageError } from '../errors.js'
import { buildRunContext, type RunContext, type ValueNames } from '../runContext.js'
import { claudeConfigDir } from '../session/index.js'
import { resolveRemote, resolveToken } from './config.js'
import { cliLogger, type Io } from './io.js'

/**
 * The surroundings a command runs in: environment, working directory, output streams and a
 * private scratch folder. Injected, so tests call commands directly.
 */
export interface CommandRuntime {
  env: NodeJS.ProcessEnv
  cwd: string
  io: Io
  /** A private folder (0700) for this run's files in flight, removed when the run ends. */
  tempDir(): string
}

export interface GlobalOptions {
  repo?: string
  verbose?: boolean
}

/** What a command asks for beyond the repository and the token. */
export interface CommandValues {
  branch?: string
  session?: string
  secrets?: string
  encryptionKeyFile?: string
  recipient?: string[]
}

/** The CLI's name for each value, for the messages of a failed check. */
function namesFor(tokenSource: string): ValueNames {
  return {
    repository: '--repo (or GITHUB_REPOSITORY)',
    token: tokenSource,
    apiUrl: 'GITHUB_API_URL',
    graphqlUrl: 'GITHUB_GRAPHQL_URL',
    branch: 'the branch',
    sessionId: '--session',
    secrets: '--secrets',
    key: '--encryption-key-file (or CLAUDE_SESSION_KEY)'
  }
}

/**
 * The checked run context: repository from --repo or the origin remote, the token from
 * GH_TOKEN/GITHUB_TOKEN/gh (a save must never upload it, and a pull recognises a copy redacted
 * with it), the key from --encryption-key-file or CLAUDE_SESSION_KEY.
 */
export async function runContextFor(
  global: GlobalOptions,
  runtime: CommandRuntime,
  values: CommandValues = {}
): Promise<RunContext> {
  const remote = await resolveRemote({ repo: global.repo, cwd: runtime.cwd, env: runtime.env })
  const { token, source } = await resolveToken(runtime.env)
  const run = buildRunContext({
    repository: remote.repository,
    token,
    apiUrl: remote.apiUrl,
    graphqlUrl: runtime.env.GITHUB_GRAPHQL_URL,
    branch: values.branch,
    sessionId: values.session,
    keyText: await keyTextFor(runtime, values.encryptionKeyFile),
    recipients: values.recipient,
    secrets: values.secrets,
    retries: retriesFromEnv(runtime.env),
    tempDir: runtime.tempDir(),
    log: cliLogger(runtime.io, global.verbose),
    names: namesFor(source)
  })
  // A malformed key is a usage error (exit 2) before the first request of any command: no draft
  // created, no run started, nothing downloaded for it.
  if (run.encryption) await checkKey(run.encryption)
  return run
}

/** CLAUDE_SESSION_RETRIES caps retries (e.g. 0 in scripts that prefer to fail fast). */
function retriesFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.CLAUDE_SESSION_RETRIES
  if (value === undefined) return undefined
  const retries = Number(value)
  if (!Number.isInteger(retries) || retries < 0)
    throw new UsageError(`CLAUDE_SESSION_RETRIES must be a whole number, got "${value}".`)
  return retries
}

/** The key file's text, else CLAUDE_SESSION_KEY. */
async function keyTextFor(runtime: CommandRuntime, file?: string): Promise<string | undefined> {
  if (file) {
    return readFile(resolve(runtime.cwd, file), 'utf8').catch(() => {
      throw new UsageError(`Cannot read the key file ${file}.`)
    })
  }
  return runtime.env.CLAUDE_SESSION_KEY || undefined
}

/** The Claude folder: CLAUDE_CONFIG_DIR, else ~/.claude (the seed scripts' CLAUDE_DIR is mapped by them). */
export function configDirFor(runtime: CommandRuntime): string {
  return claudeConfigDir(runtime.env)
}

export function cwdFor(runtime: CommandRuntime, option?: string): string {
  return option ? resolve(runtime.cwd, option) : runtime.cwd
}
