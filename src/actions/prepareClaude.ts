import * as core from '@actions/core'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { claudeConfigDir, projectDirFor, readTranscriptTail } from '../session/index.js'
import { buildClaudeArgs } from './claudeArgs.js'
import { compareVersions, INSTALLED_CLAUDE_CODE } from './claudeCodeAction.js'
import { userMessage } from '../errors.js'

/**
 * The step between restore and claude-code-action: builds `claude_args` (resume, permissions,
 * model, the user's own args last), remembers where the restored transcript ends so the report
 * can show what this run added, and warns when the session was written by a newer Claude Code
 * than the one claude-code-action will install.
 */
export async function run(): Promise<void> {
  try {
    const restored = core.getInput('restored') === 'true'
    const sessionId = core.getInput('session-id')
    const claudeArgs = buildClaudeArgs({
      resumeId: restored ? sessionId : undefined,
      permissions: core.getInput('permission-mode'),
      model: core.getInput('model'),
      userArgs: core.getInput('claude_args')
    })
    let bytes = 0
    let version = ''
    if (restored) {
      const transcript = join(
        await projectDirFor(claudeConfigDir(process.env), core.getInput('path') || process.cwd()),
        `${sessionId}.jsonl`
      )
      bytes = (await stat(transcript)).size
      version = (await readTranscriptTail(transcript)).claudeVersion ?? ''
      if (version && compareVersions(version, INSTALLED_CLAUDE_CODE) > 0) {
        const text = `This session was last written by Claude Code ${version}, newer than the ${INSTALLED_CLAUDE_CODE} that claude-code-action installs. An older Claude Code may not understand every record; if the resume fails, update the pinned claude-code-action (README: "Updating claude-code-action").`
        core.warning(text)
        if (process.env.GITHUB_STEP_SUMMARY)
          await core.summary.addRaw(`> [!WARNING]\n> ${text}\n`, true).write()
      }
    }
    core.info(`claude_args: ${claudeArgs}`)
    core.setOutput('claude_args', claudeArgs)
    core.setOutput('transcript-bytes', String(bytes))
    core.setOutput('restored-version', version)
  } catch (error) {
    core.setFailed(userMessage(error))
  }
}
