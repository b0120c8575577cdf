import { randomUUID } from 'node:crypto'
import { UsageError } from '../../errors.js'
import type { WorkflowRun, WorkflowRuns } from '../../store/index.js'
import { checkDispatch } from '../../runs/dispatchChecks.js'
import { startRun } from '../../runs/workflowRun.js'
import { saveSession } from '../../save/save.js'
import type { RunContext } from '../../runContext.js'
import { type SyncContext } from '../../shared/context.js'
import { type CommandRuntime } from '../context.js'
import { plural, style } from '../io.js'
import { type RunDisplay } from './runDisplay.js'

/** What every stage of `continue` works with: built once, before anything is pushed or started. */
export interface ContinueContext {
  ctx: SyncContext
  runs: WorkflowRuns
  display: RunDisplay
  runtime: CommandRuntime
  cwd: string
  configDir: string
  encryption: RunContext['encryption']
}

/** The run `continue` follows, and the session it continues (unknown with --attach). */
export interface StartedRun {
  run: WorkflowRun
  sessionId?: string
  /** Whether the workflow takes the session to continue; unknown with --attach. */
  takesSession?: boolean
}

/** `--attach RUN_ID`: the run exists already; nothing is pushed or started. */
export async function attachRun(runs: WorkflowRuns, attach: string): Promise<WorkflowRun> {
  const id = Number(attach)
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new UsageError(`--attach takes a run id (a number), got "${attach}".`)
  return runs.getRun(id)
}

/**
 * Checks the dispatch, pushes the session, then starts the continuation workflow. Everything
 * GitHub would refuse the dispatch for is checked before anything is pushed, so a refusal
 * (exit 2) leaves nothing behind.
 */
export async function pushAndStart(
  c: ContinueContext,
  req: {
    workflow: string
    branch: string
    prompt: string
    sessionId?: string
    extraInputs: Record<string, string>
    token: string
    intervalMs: number
    signal?: AbortSignal
  }
): Promise<StartedRun> {
  const { workflow, branch, extraInputs } = req
  const { runtime, display } = c
  let sessionId = req.sessionId
  const { declared } = await checkDispatch(c.runs, {
    workflow,
    branch,
    inputs: Object.keys(extraInputs)
  })
  const takesSession = declared.has('session-id')
  const update = `update it with \`claude-session init --force --workflow ${workflow}\` and push it to the default branch and to ${branch}`
  if (!takesSession && sessionId)
    throw new UsageError(
      `.github/workflows/${workflow} on ${branch} has no session-id input, so its run would continue the newest ` +
        `session saved on ${branch}, not ${sessionId}. Nothing was pushed or started: ${update}.`
    )
  if (!takesSession) {
    const warning = `.github/workflows/${workflow} on ${branch} has no session-id input: the run continues the newest session saved on ${branch}. To choose it, ${update}.`
    display.event({ event: 'warning', message: warning })
    display.note(`${style(runtime.io, 'yellow', '!')} ${warning}`)
  }
  // The same save as `push`: nothing is uploaded when the stored copy is the same, and a
  // stored copy that went on elsewhere stops us here (exit 3) before any run is started.
  const saved = await saveSession(c.ctx, {
    branch,
    cwd: c.cwd,
    configDir: c.configDir,
    env: runtime.env,
    sessionId,
    savedBy: 'laptop',
    encryption: c.encryption,
    secrets: 'warn',
    extraSecrets: [req.token]
  })
  sessionId = saved.sessionId
  display.event({ event: 'pushed', sessionId, outcome: saved.outcome, records: saved.records })
  display.note(
    saved.outcome === 'unchanged'
      ? `${style(runtime.io, 'green', '✓')} Session ${sessionId} is already up to date on ${saved.tag}`
      : `${style(runtime.io, 'green', '✓')} Pushed session ${sessionId} (${plural(saved.records, 'record')}) to ${saved.tag}`
  )
  // Ctrl-C before the run exists stops here: nothing is started behind the user's back.
  if (req.signal?.aborted)
    throw new UsageError('Interrupted before the run was started; no run was started.')
  // Only inputs the workflow declares: GitHub refuses any other (docs/facts.md#what-dispatch-refuses).
  const run = await startRun(c.runs, {
    workflow,
    branch,
    inputs: {
      ...extraInputs,
      prompt: req.prompt,
      ...(declared.has('branch') ? { branch } : {}),
      ...(takesSession ? { 'session-id': sessionId } : {})
    },
    requestId: declared.has('request-id') ? randomUUID() : undefined,
    intervalMs: req.intervalMs,
    signal: req.signal,
    log: c.ctx.log
  })
  return { run, sessionId, takesSession }
}
