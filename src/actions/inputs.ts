import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { UsageError } from '../errors.js'
import type { Logger } from '../log.js'
import { buildRunContext, type RunContext, type ValueNames } from '../runContext.js'
import { claudeConfigDir } from '../session/configDir.js'
import { Inputs } from './constants.js'

const input = (name: string) => `the ${name} input`

/** How a step's user sets each value, for the messages of a failed check. */
export const NAMES: ValueNames = {
  repository: input(Inputs.Repository),
  token: input(Inputs.GitHubToken),
  apiUrl: 'GITHUB_API_URL',
  graphqlUrl: 'GITHUB_GRAPHQL_URL',
  branch: input(Inputs.Branch),
  sessionId: input(Inputs.SessionId),
  secrets: input(Inputs.Secrets),
  key: input(Inputs.EncryptionKey)
}

/** The run context of a step, and the inputs only the actions have. */
export interface ActionRun extends RunContext {
  branch: string
  /** The directory Claude runs in: its sessions live in that directory's Claude project folder. */
  path: string
  configDir: string
}

export const coreLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message)
}

/** The branch input, else the pull request's head branch, else the ref the run is on. */
export function branchInput(env: NodeJS.ProcessEnv = process.env): string {
  return core.getInput(Inputs.Branch) || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || ''
}

/** The path input, else the workspace, where claude-code-action runs Claude (docs/facts.md#where-claude-runs). */
export function pathInput(env: NodeJS.ProcessEnv = process.env): string {
  return core.getInput(Inputs.Path) || env.GITHUB_WORKSPACE || process.cwd()
}

/** The memory input: the project's auto memory travels unless it is `false`. */
export function memoryInput(): boolean {
  return core.getInput(Inputs.Memory).trim().toLowerCase() !== 'false'
}

/**
 * Reads the inputs both actions share, with the runner's own variables as fallbacks
 * (docs/facts.md#default-variables), and checks them all before anything is created.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionRun {
  const token = core.getInput(Inputs.GitHubToken)
  // Masked before anything else can print them.
  if (token) core.setSecret(token)
  const keyText = core.getInput(Inputs.EncryptionKey)
  if (keyText) core.setSecret(keyText)
  const branch = branchInput(env)
  if (!branch)
    throw new UsageError(
      `No branch: set ${NAMES.branch} (this run has no GITHUB_HEAD_REF or GITHUB_REF_NAME).`
    )
  const run = buildRunContext({
    repository: core.getInput(Inputs.Repository) || env.GITHUB_REPOSITORY || '',
    token,
    apiUrl: env.GITHUB_API_URL,
    graphqlUrl: env.GITHUB_GRAPHQL_URL,
    branch,
    sessionId: core.getInput(Inputs.SessionId) || undefined,
    keyText: keyText || undefined,
    secrets: core.getInput(Inputs.Secrets) || undefined,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    log: coreLogger,
    names: NAMES
  })
  return {
    ...run,
    branch,
    path: pathInput(env),
    configDir: claudeConfigDir(env)
  }
}
