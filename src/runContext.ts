import { parseKeyMaterial, type EncryptionKey } from './archive/encryption.js'
import { UsageError } from './errors.js'
import type { Logger } from './log.js'
import { isSessionId } from './session/sessionId.js'
import {
  openStore,
  openWorkflowRuns,
  splitRepository,
  type StoreOptions,
  type WorkflowRuns
} from './store/index.js'
import { branchNameProblem } from './git/branchName.js'
import type { SecretsPolicy } from './save/request.js'
import type { SyncContext } from './shared/context.js'

/**
 * How the user sets each value, so a refusal names it: `the branch input` in the actions,
 * `--session` on the command line.
 */
export interface ValueNames {
  repository: string
  token: string
  apiUrl: string
  graphqlUrl: string
  branch: string
  sessionId: string
  secrets: string
  key: string
}

/** Plain values as either face read them, before any check. */
export interface RunValues {
  repository: string
  token: string
  apiUrl?: string
  graphqlUrl?: string
  branch?: string
  sessionId?: string
  /** A passphrase or age identities (file contents or the secret's text). */
  keyText?: string
  /** age public keys to encrypt to, besides the key's own. */
  recipients?: string[]
  secrets?: string
  /** Retries of failed requests (the store's default when undefined). */
  retries?: number
  tempDir: string
  log: Logger
  names: ValueNames
}

/** The validated context of one run and the request values both faces pass to the use cases. */
export interface RunContext {
  ctx: SyncContext
  token: string
  sessionId?: string
  encryption?: EncryptionKey
  secrets: SecretsPolicy
  /** The Actions API of the same repository, with the same token, URL, log and retries. */
  workflowRuns(): WorkflowRuns
}

const SECRETS_POLICIES: readonly SecretsPolicy[] = ['warn', 'fail', 'redact']

/**
 * The one place that checks what a run was given and builds its sync context. Every check runs
 * before the first request, so bad input never leaves a draft or a temporary file behind.
 */
export function buildRunContext(values: RunValues): RunContext {
  const { names } = values
  checkToken(values.token, names.token)
  checkRepository(values.repository, names.repository)
  if (values.apiUrl) checkApiUrl(values.apiUrl, names.apiUrl)
  if (values.graphqlUrl) checkApiUrl(values.graphqlUrl, names.graphqlUrl)
  if (values.branch !== undefined) checkBranch(values.branch, names.branch)
  if (values.sessionId !== undefined) checkSessionId(values.sessionId, names.sessionId)
  const secrets = parseSecretsPolicy(values.secrets, names.secrets)
  const encryption = encryptionKeyOf(values.keyText, values.recipients ?? [])
  const remote: StoreOptions = {
    token: values.token,
    repository: values.repository,
    apiUrl: values.apiUrl,
    graphqlUrl: values.graphqlUrl,
    log: values.log,
    retry: values.retries === undefined ? undefined : { retries: values.retries }
  }
  return {
    ctx: {
      store: openStore(remote),
      repository: values.repository,
      log: values.log,
      tempDir: values.tempDir
    },
    token: values.token,
    sessionId: values.sessionId,
    encryption,
    secrets,
    workflowRuns: () => openWorkflowRuns(remote)
  }
}

/**
 * A token is one word: whitespace inside (a pasted line break) would end up in an HTTP header,
 * whose error message prints part of it. The message never repeats the token.
 */
function checkToken(token: string, name: string): void {
  if (!token) throw new UsageError(`No GitHub token: set ${name}.`)
  if (/\s/.test(token)) {
    throw new UsageError(
      `The token in ${name} contains a space or a line break: copy it again as one line (it is not shown here).`
    )
  }
}

export function checkRepository(repository: string, name: string): void {
  if (!splitRepository(repository))
    throw new UsageError(`${capital(name)} must be OWNER/NAME, got "${repository}".`)
}

/** An absolute http(s) URL; anything else would be retried for minutes and then fail obscurely. */
function checkApiUrl(url: string, name: string): void {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) {
    throw new UsageError(
      `${name} must be an http(s) URL such as https://api.github.com or https://HOST/api/v3, got "${url}".`
    )
  }
}

export function checkBranch(branch: string, name: string): void {
  const problem = branchNameProblem(branch)
  if (problem)
    throw new UsageError(
      `${capital(name)} ${JSON.stringify(branch)} is not a valid git branch name: ${problem}.`
    )
}

/** Claude Code names sessions by UUID (docs/facts.md#session-location); anything else cannot be one. */
function checkSessionId(sessionId: string, name: string): void {
  if (!isSessionId(sessionId)) {
    throw new UsageError(
      `${capital(name)} must be a session id (a UUID such as 4d5611e5-241a-462a-8d15-5122611a9569), got ${JSON.stringify(sessionId)}.`
    )
  }
}

export function parseSecretsPolicy(value: string | undefined, name: string): SecretsPolicy {
  const policy = (value || 'warn').toLowerCase()
  const known = SECRETS_POLICIES.find((p) => p === policy)
  if (!known) throw new UsageError(`${capital(name)} must be warn, fail or redact, got "${value}".`)
  return known
}

function encryptionKeyOf(
  keyText: string | undefined,
  recipients: string[]
): EncryptionKey | undefined {
  if (keyText === undefined && recipients.length === 0) return undefined
  const key = keyText !== undefined ? parseKeyMaterial(keyText) : {}
  return recipients.length > 0
    ? { ...key, recipients: [...(key.recipients ?? []), ...recipients] }
    : key
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
