import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { UsageError, userMessage } from '../errors.js'
import { installClaudeCode } from '../claudeCode/install.js'
import { registryUrl } from '../claudeCode/registry.js'
import { compareVersions, INSTALLED_CLAUDE_CODE } from './claudeCodeAction.js'
import { StepInputs, StepOutputs } from './constants.js'
import { debugStack } from './failure.js'
import { coreLogger } from './inputs.js'

/** An exact npm version of Claude Code, such as 2.1.332. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

/**
 * The composite's step before claude-code-action: picks the Claude Code that resumes the session
 * (`claude-code-version`: `session`, `action` or an exact version), installs it from the npm
 * registry into the tool cache, and outputs its path for claude-code-action's
 * `path_to_claude_code_executable`, which makes v1 skip its own install and run that executable
 * (action.yml and `installClaudeCode` in src/entrypoints/run.ts of anthropics/claude-code-action
 * v1.0.200). An install that fails warns and leaves the path empty: claude-code-action then
 * installs its own, as without this step.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const choice = (core.getInput(StepInputs.ClaudeCodeVersion) || 'session').trim()
    const sessionVersion = core.getInput(StepInputs.RestoredVersion)
    const wanted = chosenVersion(choice, sessionVersion)
    if (choice === 'action' && sessionNewer(sessionVersion)) {
      await warn(
        `This session was last written by Claude Code ${sessionVersion}, newer than the ${INSTALLED_CLAUDE_CODE} that claude-code-action installs. An older Claude Code may not understand every record; if the resume fails, use claude-code-version: session (the default) or update the pinned claude-code-action (README: "Updating claude-code-action").`
      )
    }
    if (wanted === undefined) {
      core.info(`Claude Code: claude-code-action's own ${INSTALLED_CLAUDE_CODE}`)
      setOutputs('', INSTALLED_CLAUDE_CODE)
      return
    }
    try {
      const installed = await installClaudeCode(wanted, {
        registry: registryUrl(env),
        tempDir: env.RUNNER_TEMP || tmpdir(),
        log: coreLogger
      })
      core.info(`Claude Code ${installed.version} resumes the session: ${installed.path}`)
      setOutputs(installed.path, installed.version)
    } catch (error) {
      debugStack(error)
      await warn(
        `Could not install Claude Code ${wanted} (${userMessage(error)}). claude-code-action's own ${INSTALLED_CLAUDE_CODE} runs this session instead.`
      )
      setOutputs('', INSTALLED_CLAUDE_CODE)
    }
  } catch (error) {
    debugStack(error)
    core.setFailed(userMessage(error))
  }
}

/** The version to install, or undefined for claude-code-action's own. */
export function chosenVersion(choice: string, sessionVersion: string): string | undefined {
  if (choice === 'action') return undefined
  if (choice === 'session') return sessionNewer(sessionVersion) ? sessionVersion : undefined
  if (!EXACT_VERSION.test(choice))
    throw new UsageError(
      `The claude-code-version input must be session, action or an exact version such as ${INSTALLED_CLAUDE_CODE}, got "${choice}".`
    )
  return choice === INSTALLED_CLAUDE_CODE ? undefined : choice
}

/** The restored session was last written by a Claude Code newer than claude-code-action's. */
function sessionNewer(sessionVersion: string): boolean {
  return (
    EXACT_VERSION.test(sessionVersion) && compareVersions(sessionVersion, INSTALLED_CLAUDE_CODE) > 0
  )
}

function setOutputs(path: string, version: string): void {
  core.setOutput(StepOutputs.ClaudeCodePath, path)
  core.setOutput(StepOutputs.ClaudeCodeVersion, version)
}

/** A warning in the log and the job summary, where a person reading the run sees it. */
async function warn(text: string): Promise<void> {
  core.warning(text)
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(`> [!WARNING]\n> ${text}\n`, true).write()
}
