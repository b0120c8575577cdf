import * as core from '@actions/core'
import { errorRow } from '../errorTable.js'
import { errorKind, SessionNotFoundError, userMessage, type ErrorKind } from '../errors.js'
import { saveSession } from '../save/save.js'
import { Inputs, JobVariables, Outputs } from './constants.js'
import { debugStack } from './failure.js'
import { memoryInput, readInputs } from './inputs.js'
import { formatBytes, writeSummary } from './summary.js'

/** What a warning adds to the error's own message, by kind (src/errorTable.ts decides fail or warn). */
const SAVE_HINTS: Partial<Record<ErrorKind, string>> = {
  credentials:
    ' Saving needs a token with `permissions: contents: write` (forks and Dependabot runs get none).',
  permission:
    ' Saving needs a token with `permissions: contents: write` (forks and Dependabot runs get none).',
  'not-found': ''
}

/**
 * Saves the session Claude worked on back to the branch's draft release. Like actions/cache's
 * save, it warns instead of failing the job — except where the one error table says fail (a
 * conflict, a secrets policy of `fail`, a usage error), where going on quietly would lose work
 * or leak secrets.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const force = core.getBooleanInput(Inputs.Force)
    const save = (sessionId: string | undefined) =>
      saveSession(inputs.ctx, {
        branch: inputs.branch,
        cwd: inputs.path,
        configDir: inputs.configDir,
        sessionId,
        force,
        savedBy: 'ci',
        commit: process.env.GITHUB_SHA,
        encryption: inputs.encryption,
        secrets: inputs.secrets,
        allowUnscanned: core.getInput(Inputs.AllowUnscanned).toLowerCase() === 'true',
        // The run's own token must never travel inside a transcript.
        extraSecrets: [inputs.token],
        memory: memoryInput()
      })
    // Without an id, discovery finds the newest session recorded on the branch. A pull-request
    // checkout is a detached HEAD, which Claude Code records as the branch "HEAD" (docs/facts.md#branch), so the
    // id the restore step exported is the fallback.
    const restoredId = process.env[JobVariables.SessionId] || undefined
    const result = await save(inputs.sessionId).catch((error: unknown) => {
      if (error instanceof SessionNotFoundError && !inputs.sessionId && restoredId)
        return save(restoredId)
      throw error
    })
    core.setOutput(Outputs.SessionId, result.sessionId)
    core.setOutput(Outputs.Saved, 'true')
    core.info(
      result.outcome === 'unchanged'
        ? `Session ${result.sessionId} is unchanged on ${result.tag}`
        : `Saved session ${result.sessionId} to draft release ${result.tag}`
    )
    await writeSummary(
      'Claude Code session saved',
      [
        { label: 'Session', value: result.sessionId },
        { label: 'Branch', value: result.branch },
        { label: 'Records', value: String(result.records) },
        { label: 'Archive size', value: formatBytes(result.archiveSize) },
        { label: 'Outcome', value: result.outcome },
        { label: 'Secrets flagged', value: String(result.findings.length) }
      ],
      { text: `Draft release ${result.tag}`, href: result.releaseUrl }
    )
  } catch (error) {
    core.setOutput(Outputs.Saved, 'false')
    debugStack(error)
    if (errorRow(error).save === 'fail') {
      core.setFailed(userMessage(error))
      return
    }
    const hint = SAVE_HINTS[errorKind(error)] ?? ' The session was NOT saved.'
    core.warning(`${userMessage(error)}${hint}`)
    await writeSummary('Claude Code session not saved', [
      { label: 'Why', value: userMessage(error) + hint }
    ])
  }
}
