import * as core from '@actions/core'
import { errorRow } from '../errorTable.js'
import { userMessage } from '../errors.js'
import { restoreSession } from '../restore/restore.js'
import { Inputs, JobVariables, Outputs } from './constants.js'
import { reportFailure } from './failure.js'
import { memoryInput, readInputs } from './inputs.js'
import { formatBytes, writeSummary } from './summary.js'

/**
 * Restores the branch's session into the Claude folder of `path`, where `claude --resume` run in
 * that directory finds it. A missing session is a notice, not a failure, unless fail-on-missing.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const failOnMissing = core.getBooleanInput(Inputs.FailOnMissing)
    try {
      const result = await restoreSession(inputs.ctx, {
        branch: inputs.branch,
        cwd: inputs.path,
        configDir: inputs.configDir,
        sessionId: inputs.sessionId,
        // A runner holds no work of its own yet; on a reused self-hosted runner the stored copy
        // wins and the local one is kept beside it as a .bak file.
        onLocalConflict: 'force',
        encryption: inputs.encryption,
        pullCommand: 'the restore step',
        memory: memoryInput()
      })
      setRestored(result.sessionId, true)
      core.setOutput(Outputs.SavedCommit, result.commit ?? '')
      for (const kept of [result.backupPath, result.backupFolderPath]) {
        if (kept) core.info(`The runner's previous copy is kept at ${kept}`)
      }
      for (const file of result.memory?.written ?? [])
        core.info(`Memory: ${file} installed in ${result.memory!.dir}`)
      core.info(`Resume it with: claude --resume ${result.sessionId}`)
      await writeSummary('Claude Code session restored', [
        { label: 'Session', value: result.sessionId },
        { label: 'Branch', value: inputs.branch },
        { label: 'Records', value: String(result.records) },
        { label: 'Archive size', value: formatBytes(result.archiveSize) },
        { label: 'Installed at', value: result.transcriptPath },
        ...(result.memory
          ? [
              {
                label: 'Memory',
                value: `${result.memory.written.length} files into ${result.memory.dir}`
              }
            ]
          : [])
      ])
    } catch (error) {
      if (errorRow(error).restore !== 'notice') throw error
      // fail-on-missing turns the table's notice into a failed step.
      if (failOnMissing) {
        core.setFailed(userMessage(error))
        return
      }
      core.notice(userMessage(error))
      setRestored('', false)
      await writeSummary('No Claude Code session restored', [
        { label: 'Branch', value: inputs.branch },
        { label: 'Why', value: userMessage(error) }
      ])
    }
  } catch (error) {
    reportFailure('restore', error)
  }
}

/** Later steps (and the save action, on a detached HEAD) read the session from these. */
function setRestored(sessionId: string, restored: boolean): void {
  core.setOutput(Outputs.SessionId, sessionId)
  core.setOutput(Outputs.Restored, String(restored))
  core.exportVariable(JobVariables.SessionId, sessionId)
  core.exportVariable(JobVariables.SessionRestored, String(restored))
}
