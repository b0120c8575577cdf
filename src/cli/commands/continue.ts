import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import {
  ConflictError,
  RunFailedError,
  RunTimeoutError,
  SessionNotFoundError,
  UsageError
} from '../../errors.js'
import { listStoredSessions } from '../../manage/list.js'
import { formatTokenUsage, readAddedTurns, type TokenUsage } from '../../session/index.js'
import type { WorkflowRun } from '../../store/index.js'
import { checkDispatch } from '../../runs/dispatchChecks.js'
import { followRun, startRun } from '../../runs/workflowRun.js'
import { restoreSession, type RestoreResult } from '../../restore/restore.js'
import { saveSession } from '../../save/save.js'
import { type SyncContext } from '../../shared/context.js'
import {
  configDirFor,
  cwdFor,
  runContextFor,
  type CommandRuntime,
  type GlobalOptions
} from '../context.js'
import { style } from '../io.js'
import { DEFAULT_WORKFLOW } from './init.js'
import { RunDisplay } from './runDisplay.js'

export interface ContinueOptions extends GlobalOptions {
  prompt: string[]
  /** Resolved by the caller (the current branch) unless --attach, where the run names it. */
  branch?: string
  workflow?: string
  /** Seconds between looks at the run (decimals allowed). */
  interval?: string | number
  /** commander's --no-wait sets false. */
  wait?: boolean
  session?: string
  input?: string[]
  json?: boolean
  resume?: boolean
  attach?: string
  cwd?: string
  encryptionKeyFile?: string
  /** How long to follow the run before giving up on it (it goes on): `6h`, `90m`, `30s`, seconds. */
  timeout?: string
  /** Seconds a run may wait for a runner before the warning (not a flag: tests shorten it). */
  queuedWarningSeconds?: number
}

/** GitHub keeps a job nobody picks up queued for a day; six hours is past any real run of ours. */
const DEFAULT_TIMEOUT = '6h'
/** Hosted runners pick a job up within seconds to a minute; a few minutes queued means none will. */
const QUEUED_WARNING_SECONDS = 180
/** A session the run saved is stamped by the runner's clock; GitHub's run time is in whole seconds. */
const CLOCK_SLACK_MS = 5000

export interface ContinueHooks {
  /** Fires on Ctrl-C: stop following, leave the run alone. */
  signal?: AbortSignal
  /** Called once following ends, so the caller can restore Ctrl-C's usual meaning. */
  followed?: () => void
}

/**
 * Push, start the continuation workflow, follow it, pull what it added: the whole round trip of
 * docs/architecture.md in one command. `--attach RUN_ID` starts at the following.
 */
export async function runContinue(
  options: ContinueOptions,
  runtime: CommandRuntime,
  hooks: ContinueHooks = {}
): Promise<void> {
  const intervalMs = intervalOf(options.interval)
  const timeoutMs = durationOf(options.timeout ?? DEFAULT_TIMEOUT)
  const workflow = options.workflow ?? DEFAULT_WORKFLOW
  const prompt = options.prompt.join(' ').trim()
  if (options.attach !== undefined && prompt)
    throw new UsageError('--attach follows a run that exists: give it no prompt.')
  if (options.attach === undefined && !prompt)
    throw new UsageError('Say what Claude should do next: claude-session continue "…".')
  const extraInputs = inputsOf(options.input ?? [])
  const display = new RunDisplay(runtime.io, options.json === true)
  const { ctx, token, encryption, workflowRuns } = await runContextFor(options, runtime, {
    branch: options.branch,
    session: options.session,
    encryptionKeyFile: options.encryptionKeyFile
  })
  const runs = workflowRuns()
  const cwd = cwdFor(runtime, options.cwd)
  const configDir = configDirFor(runtime)

  let run: WorkflowRun
  let sessionId = options.session
  /** Whether the workflow takes the session to continue; unknown with --attach. */
  let takesSession: boolean | undefined
  if (options.attach !== undefined) {
    const id = Number(options.attach)
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new UsageError(`--attach takes a run id (a number), got "${options.attach}".`)
    run = await runs.getRun(id)
  } else {
    const branch = options.branch!
    // Everything GitHub would refuse the dispatch for is checked before anything is pushed, so a
    // refusal (exit 2) leaves nothing behind.
    const { declared } = await checkDispatch(runs, {
      workflow,
      branch,
      inputs: Object.keys(extraInputs)
    })
    takesSession = declared.has('session-id')
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
    const saved = await saveSession(ctx, {
      branch,
      cwd,
      configDir,
      env: runtime.env,
      sessionId,
      savedBy: 'laptop',
      encryption,
      secrets: 'warn',
      extraSecrets: [token]
    })
    sessionId = saved.sessionId
    display.event({ event: 'pushed', sessionId, outcome: saved.outcome, records: saved.records })
    display.note(
      saved.outcome === 'unchanged'
        ? `${style(runtime.io, 'green', '✓')} Session ${sessionId} is already up to date on ${saved.tag}`
        : `${style(runtime.io, 'green', '✓')} Pushed session ${sessionId} (${saved.records} records) to ${saved.tag}`
    )
    // Ctrl-C before the run exists stops here: nothing is started behind the user's back.
    if (hooks.signal?.aborted)
      throw new UsageError('Interrupted before the run was started; no run was started.')
    // Only inputs the workflow declares: GitHub refuses any other (docs/facts.md#what-dispatch-refuses).
    run = await startRun(runs, {
      workflow,
      branch,
      inputs: {
        ...extraInputs,
        prompt,
        ...(declared.has('branch') ? { branch } : {}),
        ...(takesSession ? { 'session-id': sessionId } : {})
      },
      requestId: declared.has('request-id') ? randomUUID() : undefined,
      intervalMs,
      signal: hooks.signal,
      log: ctx.log
    })
  }
  display.started(run, { attached: options.attach !== undefined, withUrl: options.wait !== false })
  const attach = `claude-session continue --attach ${run.id}`
  if (options.wait === false) {
    display.result(`${run.htmlUrl}\nFollow it with: ${attach}`)
    return
  }

  const queuedWarningMs = (options.queuedWarningSeconds ?? QUEUED_WARNING_SECONDS) * 1000
  const followed = await followRun(runs, run.id, {
    intervalMs,
    signal: hooks.signal,
    timeoutMs,
    queuedWarningMs,
    onProgress: (p) => display.progress(p),
    onQueuedTooLong: (queued, waitedSeconds) => {
      const warning = `Run ${queued.id} has been queued for ${waitedSeconds}s: no runner has picked it up. Check the workflow's runs-on and your runners.`
      display.event({ event: 'queued', runId: queued.id, waitedSeconds, message: warning })
      display.note(`${style(runtime.io, 'yellow', '!')} ${warning}`)
    }
  })
  hooks.followed?.()
  if (followed.outcome === 'detached') {
    display.event({ event: 'detached', runId: run.id, url: run.htmlUrl, attach })
    display.result(`Detached; the run goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`)
    return
  }
  if (followed.outcome === 'timeout') {
    display.event({
      event: 'timeout',
      runId: run.id,
      status: followed.run.status,
      url: run.htmlUrl,
      attach
    })
    throw new RunTimeoutError(
      `Run ${run.id} is still ${followed.run.status} after ${followed.waitedSeconds}s (--timeout ${options.timeout ?? DEFAULT_TIMEOUT}); ` +
        `it goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`
    )
  }
  const { run: done, failedStep } = followed.progress
  const branch = options.branch ?? done.headBranch ?? undefined
  if (!branch) throw new UsageError(`Run ${done.id} names no branch: pass --branch.`)
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
      cwd,
      configDir,
      env: runtime.env,
      sessionId,
      onLocalConflict: 'refuse',
      encryption,
      pullCommand: `claude-session pull ${branch}`
    })
  } catch (error) {
    if (error instanceof ConflictError)
      throw new ConflictError(`Run ${done.id} finished (${done.htmlUrl}). ${error.message}`)
    if (!(error instanceof SessionNotFoundError) || succeeded) throw error
  }
  const { tokens, ...report } = await reportPull(pulled, ctx)
  if (sessionId && report.addedRecords === 0)
    await checkRunSavedOurs(ctx, { run: done, branch, sessionId, workflow, takesSession })
  const head = await runs.branchHead(branch)
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
      `${style(runtime.io, 'green', '✓')} Pulled ${report.addedRecords} new records (${report.prompts} ${report.prompts === 1 ? 'turn' : 'turns'}) into ${pulled.transcriptPath}`
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
  if (options.resume && pulled) await resumeClaude(pulled.sessionId, cwd, runtime)
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

/** `--resume`: hand the terminal to Claude Code in the directory whose folder holds the session. */
async function resumeClaude(
  sessionId: string,
  cwd: string,
  runtime: CommandRuntime
): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn('claude', ['--resume', sessionId], {
      cwd,
      env: runtime.env,
      stdio: 'inherit'
    })
    child.on('error', () =>
      fail(
        new UsageError(
          `Could not start \`claude\` (is Claude Code on your PATH?). Run it yourself: claude --resume ${sessionId}`
        )
      )
    )
    child.on('close', () => done())
  })
}

/** `--timeout`: `6h`, `90m`, `30s`, `1.5h`, or plain seconds. */
function durationOf(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(h|m|s)?$/i.exec(value.trim())
  const unit = { h: 3_600_000, m: 60_000, s: 1000 }[
    (m?.[2] ?? 's').toLowerCase() as 'h' | 'm' | 's'
  ]
  const ms = m ? Number(m[1]) * unit : NaN
  if (!(ms > 0))
    throw new UsageError(`--timeout takes a duration such as 6h, 90m or 30s, got "${value}".`)
  return Math.round(ms)
}

function intervalOf(value: string | number | undefined): number {
  const seconds = value === undefined ? 5 : Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--interval takes a number of seconds above 0, got "${value}".`)
  return Math.round(seconds * 1000)
}

/** `--input key=value`, repeatable: more inputs of the workflow. */
function inputsOf(pairs: string[]): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    if (at <= 0) throw new UsageError(`--input takes key=value, got "${pair}".`)
    inputs[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return inputs
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
}
