import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { parseKeyMaterial, type EncryptionKey } from '../archive/encryption.js'
import { UsageError } from '../errors.js'
import type { Logger } from '../log.js'
import { claudeConfigDir } from '../session/index.js'
import { openStore } from '../store/index.js'
import type { SyncContext } from '../sync/context.js'
import type { SecretsPolicy } from '../sync/save.js'

/** The inputs both actions share, with the runner's own variables as fallbacks (docs/facts.md). */
export interface CommonInputs {
  branch: string
  token: string
  repository: string
  path: string
  sessionId?: string
  encryption?: EncryptionKey
  configDir: string
}

export function readCommonInputs(): CommonInputs {
  const token = core.getInput('github-token')
  // Masked before anything else can print it.
  if (token) core.setSecret(token)
  const keyText = core.getInput('encryption-key')
  if (keyText) core.setSecret(keyText)
  const branch =
    core.getInput('branch') || process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || ''
  const repository = core.getInput('repository') || process.env.GITHUB_REPOSITORY || ''
  if (!branch)
    throw new UsageError(
      'No branch: set the branch input (this run has no GITHUB_HEAD_REF or GITHUB_REF_NAME).'
    )
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UsageError(`The repository input must be OWNER/NAME, got "${repository}".`)
  }
  if (!token) {
    throw new UsageError(
      "No token: set the github-token input (its default is the run's github.token)."
    )
  }
  const sessionId = core.getInput('session-id') || undefined
  return {
    branch,
    token,
    repository,
    path: core.getInput('path') || process.env.GITHUB_WORKSPACE || process.cwd(),
    sessionId,
    encryption: keyText ? parseKeyMaterial(keyText) : undefined,
    configDir: claudeConfigDir(process.env)
  }
}

export function readSecretsPolicy(): SecretsPolicy {
  const value = (core.getInput('secrets') || 'warn').toLowerCase()
  if (value === 'warn' || value === 'fail' || value === 'redact') return value
  throw new UsageError(`The secrets input must be warn, fail or redact, got "${value}".`)
}

export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message)
}

export function syncContext(inputs: CommonInputs): SyncContext {
  return {
    store: openStore({
      token: inputs.token,
      repository: inputs.repository,
      apiUrl: process.env.GITHUB_API_URL,
      graphqlUrl: process.env.GITHUB_GRAPHQL_URL,
      log: coreLogger
    }),
    repository: inputs.repository,
    log: coreLogger,
    tempDir: process.env.RUNNER_TEMP || tmpdir()
  }
}
