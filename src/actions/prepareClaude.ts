import * as core from '@actions/core'
import { userMessage } from '../errors.js'
import { claudeConfigDir } from '../session/index.js'
import { inspectRestoredTranscript } from '../restore/restoredTranscript.js'
import { buildClaudeArgs } from './claudeArgs.js'
import { Inputs, StepInputs, StepOutputs } from './constants.js'
import { debugStack } from './failure.js'

/**
 * The step between restore and claude-code-action: builds `claude_args` (resume, permissions,
 * model, the user's own args last), remembers where the restored transcript ends so the report
 * can show what this run added, and outputs the Claude Code version that wrote it last.
 */
export async function run(): Promise<void> {
  try {
    const restored = core.getInput(StepInputs.Restored) === 'true'
    const sessionId = core.getInput(Inputs.SessionId)
    const claudeArgs = buildClaudeArgs({
      resumeId: restored ? sessionId : undefined,
      permissions: core.getInput(StepInputs.PermissionMode),
      model: core.getInput(StepInputs.Model),
      userArgs: core.getInput(StepInputs.ClaudeArgs)
    })
    const transcript = restored
      ? await inspectRestoredTranscript({
          configDir: claudeConfigDir(process.env),
          cwd: core.getInput(Inputs.Path) || process.cwd(),
          sessionId
        })
      : { bytes: 0, claudeVersion: undefined }
    // The next step (src/actions/claudeCode.ts) picks the Claude Code that resumes it by this.
    const version = transcript.claudeVersion ?? ''
    core.info(`claude_args: ${claudeArgs}`)
    core.setOutput(StepOutputs.ClaudeArgs, claudeArgs)
    core.setOutput(StepOutputs.TranscriptBytes, String(transcript.bytes))
    core.setOutput(StepOutputs.RestoredVersion, version)
  } catch (error) {
    debugStack(error)
    core.setFailed(userMessage(error))
  }
}
