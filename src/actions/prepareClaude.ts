import * as core from '@actions/core'
import { claudeConfigDir } from '../session/index.js'
import { branchContext } from '../restore/branchContext.js'
import { inspectRestoredTranscript } from '../restore/restoredTranscript.js'
import { buildClaudeArgs } from './claudeArgs.js'
import { Inputs, StepInputs, StepOutputs } from './constants.js'
import { reportFailure } from './failure.js'

/**
 * The step between restore and claude-code-action: builds `claude_args` (resume, permissions,
 * model, the user's own args last), remembers where the restored transcript ends so the report
 * can show what this run added, and outputs the Claude Code version that wrote it last.
 */
export async function run(): Promise<void> {
  try {
    const restored = core.getInput(StepInputs.Restored) === 'true'
    const sessionId = core.getInput(Inputs.SessionId)
    const cwd = core.getInput(Inputs.Path) || process.cwd()
    // No prompt: claude-code-action runs in tag mode on comment events (src/modes/detector.ts in v1).
    const tagMode = core.getInput(StepInputs.Prompt).trim() === ''
    const since =
      restored && core.getInput(StepInputs.BranchContext) !== 'false'
        ? await branchContext(
            cwd,
            core.getInput(StepInputs.SavedCommit) || undefined,
            tagMode ? core.getInput(Inputs.Branch) || undefined : undefined
          )
        : []
    const claudeArgs = buildClaudeArgs({
      resumeId: restored ? sessionId : undefined,
      permissions: core.getInput(StepInputs.PermissionMode),
      model: core.getInput(StepInputs.Model),
      userArgs: core.getInput(StepInputs.ClaudeArgs),
      tagMode,
      appendSystemPrompt:
        since.length > 0
          ? `Note from claude-session, which restored this conversation: the git branch moved since the last turn.\n${since.join('\n')}`
          : undefined
    })
    if (since.length > 0) {
      core.info(`Since last time:\n${since.join('\n')}`)
      if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary
          .addRaw(`#### Since last time\n\n\`\`\`text\n${since.join('\n')}\n\`\`\`\n`, true)
          .write()
    }
    const transcript = restored
      ? await inspectRestoredTranscript({
          configDir: claudeConfigDir(process.env),
          cwd,
          sessionId
        })
      : { bytes: 0, claudeVersion: undefined }
    // The next step (src/actions/claudeCode.ts) picks the Claude Code that resumes it by this.
    const version = transcript.claudeVersion ?? ''
    core.info(`claude_args: ${claudeArgs}`)
    core.setOutput(StepOutputs.ClaudeArgs, claudeArgs)
    core.setOutput(StepOutputs.TranscriptBytes, String(transcript.bytes))
    core.setOutput(StepOutputs.RestoredVersion, version)
    core.setOutput(StepOutputs.TagMode, String(tagMode))
  } catch (error) {
    reportFailure('prepareClaude', error)
  }
}
