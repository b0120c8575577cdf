import { spawn } from 'node:child_process'
import { UsageError } from '../../errors.js'
import {
  configDirFor,
  cwdFor,
  runContextFor,
  type CommandRuntime,
  type GlobalOptions
} from '../context.js'
import { followContinuation } from './continueFollow.js'
import { pullWhatRunAdded } from './continuePull.js'
import { attachRun, pushAndStart, type ContinueContext, type StartedRun } from './continueStart.js'
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

export interface ContinueHooks {
  /** Fires on Ctrl-C: stop following, leave the run alone. */
  signal?: AbortSignal
  /** Called once following ends, so the caller can restore Ctrl-C's usual meaning. */
  followed?: () => void
}

/**
 * Push, start the continuation workflow, follow it, pull what it added: the whole round trip of
 * docs/architecture.md in one command. `--attach RUN_ID` starts at the following. The stages live
 * in continueStart.ts (checks, push, dispatch), continueFollow.ts and continuePull.ts.
 */
export async function runContinue(
  options: ContinueOptions,
  runtime: CommandRuntime,
  hooks: ContinueHooks = {}
): Promise<void> {
  const intervalMs = intervalOf(options.interval)
  const timeout = options.timeout ?? DEFAULT_TIMEOUT
  const timeoutMs = durationOf(timeout)
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
  const cwd = cwdFor(runtime, options.cwd)
  const c: ContinueContext = {
    ctx,
    runs: workflowRuns(),
    display,
    runtime,
    cwd,
    configDir: configDirFor(runtime),
    encryption
  }

  const started: StartedRun =
    options.attach !== undefined
      ? { run: await attachRun(c.runs, options.attach), sessionId: options.session }
      : await pushAndStart(c, {
          workflow,
          branch: options.branch!,
          prompt,
          sessionId: options.session,
          extraInputs,
          token,
          intervalMs,
          signal: hooks.signal
        })
  const { run } = started
  display.started(run, { attached: options.attach !== undefined, withUrl: options.wait !== false })
  const attach = `claude-session continue --attach ${run.id}`
  if (options.wait === false) {
    display.result(`${run.htmlUrl}\nFollow it with: ${attach}`)
    return
  }

  const progress = await followContinuation(c, run, {
    intervalMs,
    timeoutMs,
    timeout,
    queuedWarningSeconds: options.queuedWarningSeconds,
    signal: hooks.signal,
    followed: hooks.followed,
    attach
  })
  if (!progress) return
  const pulled = await pullWhatRunAdded(c, progress, {
    branch: options.branch,
    sessionId: started.sessionId,
    workflow,
    takesSession: started.takesSession
  })
  if (options.resume && pulled) await resumeClaude(pulled.sessionId, cwd, runtime)
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
