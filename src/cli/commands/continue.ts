import { spawn } from 'node:child_process'
import { ConflictError, RunFailedError, SessionNotFoundError, UsageError } from '../../errors.js'
import {
  discoverSession,
  formatTokenUsage,
  projectDirFor,
  readAddedRecords,
  type TokenUsage
} from '../../session/index.js'
import type { WorkflowRun } from '../../store/index.js'
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
}

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
  ce: CommandRuntime,
  hooks: ContinueHooks = {}
): Promise<void> {
  const intervalMs = intervalOf(options.interval)
  const workflow = options.workflow ?? DEFAULT_WORKFLOW
  const prompt = options.prompt.join(' ').trim()
  if (options.attach !== undefined && prompt)
    throw new UsageError('--attach follows a run that exists: give it no prompt.')
  if (options.attach === undefined && !prompt)
    throw new UsageError('Say what Claude should do next: claude-session continue "…".')
  const extraInputs = inputsOf(options.input ?? [])
  const display = new RunDisplay(ce.io, options.json === true)
  const { ctx, token, encryption, workflowRuns } = await runContextFor(options, ce, {
    branch: options.branch,
    session: options.session,
    encryptionKeyFile: options.encryptionKeyFile
  })
  const runs = workflowRuns()
  const cwd = cwdFor(ce, options.cwd)
  const configDir = configDirFor(ce)

  let run: WorkflowRun
  let sessionId = options.session
  let pushedRecords: number | undefined
  if (options.attach !== undefined) {
    const id = Number(options.attach)
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new UsageError(`--attach takes a run id (a number), got "${options.attach}".`)
    run = await runs.getRun(id)
  } else {
    const branch = options.branch!
    // The same save as `push`: nothing is uploaded when the stored copy is the same, and a
    // stored copy that went on elsewhere stops us here (exit 3) before any run is started.
    const saved = await saveSession(ctx, {
      branch,
      cwd,
      configDir,
      env: ce.env,
      sessionId,
      savedBy: 'laptop',
      encryption,
      secrets: 'warn',
      extraSecrets: [token]
    })
    sessionId = saved.sessionId
    pushedRecords = saved.records
    display.event({ event: 'pushed', sessionId, outcome: saved.outcome, records: saved.records })
    display.note(
      saved.outcome === 'unchanged'
        ? `${style(ce.io, 'green', '✓')} Session ${sessionId} is already up to date on ${saved.tag}`
        : `${style(ce.io, 'green', '✓')} Pushed session ${sessionId} (${saved.records} records) to ${saved.tag}`
    )
    // Ctrl-C before the run exists stops here: nothing is started behind the user's back.
    if (hooks.signal?.aborted)
      throw new UsageError('Interrupted before the run was started; no run was started.')
    run = await startRun(runs, {
      workflow,
      branch,
      inputs: { ...extraInputs, prompt, branch },
      intervalMs,
      signal: hooks.signal,
      log: ctx.log
    })
  }
  display.started(run)
  const attach = `claude-session continue --attach ${run.id}`
  if (options.wait === false) {
    display.result(`${run.htmlUrl}\nFollow it with: ${attach}`)
    return
  }

  const followed = await followRun(runs, run.id, {
    intervalMs,
    signal: hooks.signal,
    onProgress: (p) => display.progress(p)
  })
  hooks.followed?.()
  if (followed.outcome === 'detached') {
    display.event({ event: 'detached', runId: run.id, url: run.htmlUrl, attach })
    display.result(`Detached; the run goes on: ${run.htmlUrl}\nFollow it again with: ${attach}`)
    return
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
      `${style(ce.io, 'red', '✗')} Run ${done.conclusion ?? 'ended'}${failedStep ? ` at ${failedStep}` : ''}: ${done.htmlUrl}`
    )

  // A run that failed may still have saved (the action saves even when Claude fails): pull it.
  const before = pushedRecords ?? (await localRecords(configDir, cwd, ce.env, branch, sessionId))
  let pulled: RestoreResult | undefined
  try {
    pulled = await restoreSession(ctx, {
      branch,
      cwd,
      configDir,
      env: ce.env,
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
  const { tokens, ...report } = await reportPull(pulled, before, ctx)
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
      `${style(ce.io, 'green', '✓')} Pulled ${report.addedRecords} new records (${report.prompts} ${report.prompts === 1 ? 'turn' : 'turns'}) into ${pulled.transcriptPath}`
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
  if (options.resume && pulled) await resumeClaude(pulled.sessionId, cwd, ce)
}

async function reportPull(
  pulled: RestoreResult | undefined,
  before: number,
  ctx: SyncContext
): Promise<{
  addedRecords: number
  prompts: number
  finalAnswer: string | null
  tokens?: TokenUsage
}> {
  if (!pulled || pulled.outcome === 'unchanged')
    return { addedRecords: 0, prompts: 0, finalAnswer: null }
  // A copy installed as new or over ours shares no counted prefix with what we pushed.
  const skip = pulled.outcome === 'fast-forward' ? before : 0
  const added = await readAddedRecords(pulled.transcriptPath, skip)
  ctx.log.debug(`${added.records} records after the first ${skip}`)
  return {
    addedRecords: added.records,
    prompts: added.prompts,
    finalAnswer: added.finalAnswer ?? null,
    tokens: added.tokens
  }
}

/** Records of the local copy that a pull would fast-forward, 0 when there is none. */
async function localRecords(
  configDir: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  branch: string,
  sessionId: string | undefined
): Promise<number> {
  const projectDir = await projectDirFor(configDir, cwd, env)
  const local = await discoverSession({
    projectDir,
    branch: sessionId ? undefined : branch,
    sessionId
  })
  return local ? (await readAddedRecords(local.transcriptPath, 0)).records : 0
}

/** `--resume`: hand the terminal to Claude Code in the directory whose folder holds the session. */
async function resumeClaude(sessionId: string, cwd: string, ce: CommandRuntime): Promise<void> {
  await new Promise<void>((done, fail) => {
    const child = spawn('claude', ['--resume', sessionId], {
      cwd,
      env: ce.env,
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
