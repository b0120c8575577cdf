import { ConflictError, RunFailedError, SessionNotFoundError, UsageError } from '../../errors.js'
import { listStoredSessions } from '../../manage/list.js'
import { formatTokenUsage, readAddedTurns, type TokenUsage } from '../../session/index.js'
import type { WorkflowRun } from '../../store/index.js'
import type { RunProgress } from '../../runs/workflowRun.js'
import { restoreSession, type RestoreResult } from '../../restore/restore.js'
import { type SyncContext } from '../../shared/context.js'
import { plural, style } from '../io.js'
import { type ContinueContext } from './continueStart.js'

/** A session the run saved is stamped by the runner's clock; GitHub's run time is in whole seconds. */
const CLOCK_SLACK_MS = 5000

/**
 * After the run completed: pull what it saved, report what it added (and a branch that moved),
 * and throw when the run failed or continued another session. Returns the pulled session, if any.
 */
export async function pullWhatRunAdded(
  c: ContinueContext,
  progress: RunProgress,
  req: {
    branch?: string
    sessionId?: string
    workflow: string
    takesSession?: boolean
  }
): Promise<RestoreResult | undefined> {
  const { display, runtime, ctx } = c
  const { run: done, failedStep } = progress
  const branch = req.branch ?? done.headBranch ?? undefined
  if (!branch) throw new UsageError(`Run ${done.id} names no branch: pass --branch.`)
  const { sessionId } = req
  display.event({
    event: 'completed',
    runId: done.id,
    conclusion: done.conclusion,
    failedStep: failedStep ?? null,
    url: done.htmlUrl
  })
  const succeeded = done.conclusion === 'success'
  if (!succeeded)
    display.note(
      `${style(runtime.io, 'red', '✗')} Run ${done.conclusion ?? 'ended'}${failedStep ? ` at ${failedStep}` : ''}: ${done.htmlUrl}`
    )

  // A run that failed may still have saved (the action saves even when Claude fails): pull it.
  let pulled: RestoreResult | undefined
  try {
    pulled = await restoreSession(ctx, {
      branch,
      cwd: c.cwd,
      configDir: c.configDir,
      env: runtime.env,
      sessionId,
      onLocalConflict: 'refuse',
      encryption: c.encryption,
      pullCommand: `claude-session pull ${branch}`
    })
  } catch (error) {
    if (error instanceof ConflictError)
      throw new ConflictError(`Run ${done.id} finished (${done.htmlUrl}). ${error.message}`)
    if (!(error instanceof SessionNotFoundError) || succeeded) throw error
  }
  const { tokens, ...report } = await reportPull(pulled, ctx)
  if (sessionId && report.addedRecords === 0)
    await checkRunSavedOurs(ctx, {
      run: done,
      branch,
      sessionId,
      workflow: req.workflow,
      takesSession: req.takesSession
    })
  const head = await c.runs.branchHead(branch)
  const commit = head && head !== done.headSha ? head : undefined
  display.event({
    event: 'pulled',
    sessionId: pulled?.sessionId ?? null,
    outcome: pulled?.outcome ?? 'nothing-saved',
    ...report,
    commit: commit ?? null,
    resume: pulled ? `claude --resume ${pulled.sessionId}` : null
  })
  if (!pulled || report.addedRecords === 0) {
    display.note(`The run saved nothing new; your local copy is unchanged.`)
  } else {
    display.note(
      `${style(runtime.io, 'green', '✓')} Pulled ${plural(report.addedRecords, 'new record')} (${plural(report.prompts, 'turn')}) into ${pulled.transcriptPath}`
    )
    if (report.finalAnswer) display.result(`\nClaude:\n${indent(report.finalAnswer)}\n`)
    // The job summary's line, from the same records (session/tokenUsage.ts).
    if (tokens) display.result(`Tokens this run: ${formatTokenUsage(tokens)}`)
  }
  if (commit)
    display.result(
      `The branch ${branch} moved to ${commit.slice(0, 7)} during the run: bring the code with \`git pull\`.`
    )
  if (pulled) display.result(`claude --resume ${pulled.sessionId}`)
  if (!succeeded)
    throw new RunFailedError(
      `Run ${done.id} ${done.conclusion ?? 'did not succeed'}${failedStep ? ` at ${failedStep}` : ''}; see ${done.htmlUrl}. ` +
        (pulled && report.addedRecords > 0
          ? 'What it saved was pulled.'
          : 'It saved nothing: fix the cause and run continue again.')
    )
  return pulled
}

/** What the pulled copy gained over the local one: counted from the session it pulled. */
async function reportPull(
  pulled: RestoreResult | undefined,
  ctx: SyncContext
): Promise<{
  addedRecords: number
  prompts: number
  finalAnswer: string | null
  tokens?: TokenUsage
}> {
  if (!pulled || pulled.outcome === 'unchanged')
    return { addedRecords: 0, prompts: 0, finalAnswer: null }
  // A fast-forward continues the local copy of that very session: what follows its bytes is new.
  // A copy installed as new or over ours shares no counted prefix with it.
  const from = pulled.outcome === 'fast-forward' ? (pulled.keptBytes ?? 0) : 0
  const added = await readAddedTurns(pulled.transcriptPath, from)
  ctx.log.debug(`${added.records} records after the first ${from} bytes`)
  return {
    addedRecords: added.records,
    prompts: added.prompts.length,
    finalAnswer: added.finalAnswer ?? null,
    tokens: added.tokens
  }
}

/**
 * The run added nothing to the session we asked for: did it continue another one? A session of
 * the branch saved by CI since the run was created is that other conversation (the workflow
 * restored the branch's newest instead of ours), and going on quietly would hide it.
 */
async function checkRunSavedOurs(
  ctx: SyncContext,
  req: {
    run: WorkflowRun
    branch: string
    sessionId: string
    workflow: string
    takesSession: boolean | undefined
  }
): Promise<void> {
  const since = Date.parse(req.run.createdAt) - CLOCK_SLACK_MS
  const other = (await listStoredSessions(ctx, { branch: req.branch })).find(
    (s) =>
      s.sessionId !== req.sessionId && s.savedBy === 'ci' && Date.parse(s.savedAt ?? '') >= since
  )
  if (!other) return
  const why =
    req.takesSession === false
      ? `.github/workflows/${req.workflow} has no session-id input; update it with \`claude-session init --force --workflow ${req.workflow}\``
      : `check that .github/workflows/${req.workflow} passes \`session-id: \${{ inputs.session-id }}\` to the action`
  throw new RunFailedError(
    `Run ${req.run.id} continued session ${other.sessionId}, not ${req.sessionId}: ${why}. ` +
      `What it did is saved; pull it with \`claude-session pull ${req.branch} --session ${other.sessionId}\`.`
  )
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
}
