import { setTimeout as delay } from 'node:timers/promises'
import { RunNotIdentifiedError, UsageError } from '../errors.js'
import type { Logger } from '../log.js'
import type { WorkflowJob, WorkflowRun, WorkflowRuns } from '../store/index.js'

export interface StartRequest {
  workflow: string
  branch: string
  inputs: Record<string, string>
  /**
   * The value sent as the workflow's `request-id` input, which its `run-name` shows: how the run
   * is found where the server does not name it. Undefined when the workflow has no such input.
   */
  requestId?: string
  /** Between looks for the run where the server does not name it (GHES). */
  intervalMs: number
  signal?: AbortSignal
  log: Logger
}

/** Where the server names no run, how long to look for the one it started. */
const FIND_ATTEMPTS = 30
/** Run times come from GitHub's clock in whole seconds: allow that much before its `Date`. */
const CLOCK_SLACK_MS = 2000

/**
 * Starts the workflow and returns its run. github.com names the run in its answer. A server that
 * does not (GHES, docs/facts.md#dispatch-on-enterprise-server) is asked for workflow_dispatch runs on the branch created since
 * its own clock's `Date`, and only the run whose title carries this dispatch's request id is
 * taken: two dispatches close together, or someone else's run, are never mistaken for ours.
 * Without a request id the run cannot be proved ours: on a server that refuses
 * `return_run_details` nothing is started; on one that ignores it, the run is left unfollowed.
 */
export async function startRun(runs: WorkflowRuns, req: StartRequest): Promise<WorkflowRun> {
  const before = new Date()
  const where = `.github/workflows/${req.workflow} on ${req.branch}`
  const update =
    `update the workflow (\`claude-session init --force --workflow ${req.workflow}\`, then commit and push it ` +
    'to the default branch and to this one), or start it from the Actions tab and follow it with ' +
    '`claude-session continue --attach RUN_ID`.'
  const inputs = req.requestId ? { ...req.inputs, 'request-id': req.requestId } : req.inputs
  const dispatched = await runs.dispatch(
    { workflow: req.workflow, ref: req.branch, inputs },
    {
      unnamed: () =>
        req.requestId
          ? undefined
          : new UsageError(
              `This server (GitHub Enterprise Server) does not say which run a dispatch starts, and ${where} ` +
                'has no `request-id` input to tell its run from another one started at the same time. ' +
                `Nothing was started: ${update}`
            )
    }
  )
  if (dispatched.runId !== undefined) return runs.getRun(dispatched.runId)
  if (!req.requestId)
    throw new RunNotIdentifiedError(
      `GitHub started ${where} but did not say which run it is, and the workflow has no \`request-id\` ` +
        `input to tell it from another run started at the same time: it is not followed. To follow it, ${update}`
    )
  const since = new Date((dispatched.serverDate ?? before).getTime() - CLOCK_SLACK_MS)
  for (let attempt = 0; attempt < FIND_ATTEMPTS; attempt++) {
    const ours = (await runs.listDispatchedRuns({ branch: req.branch, since })).find(
      (r) =>
        r.headBranch === req.branch &&
        (r.displayTitle ?? '').split(/\s+/).includes(req.requestId!) &&
        Date.parse(r.createdAt) >= since.getTime()
    )
    if (ours) return ours
    if (!(await sleep(req.intervalMs, req.signal))) break
  }
  throw new RunNotIdentifiedError(
    `GitHub accepted the dispatch of ${req.workflow} on ${req.branch} but no run titled with request ${req.requestId} appeared. ` +
      `Look in the repository's Actions tab, then follow it with \`claude-session continue --attach RUN_ID\`.`
  )
}

export interface RunProgress {
  run: WorkflowRun
  /** "job › step" running now, or the last one that finished. */
  step?: string
  /** "job › step" that failed, once the run completed unsuccessfully. */
  failedStep?: string
  /** Seconds since the run was created. */
  elapsedSeconds: number
  /** Status or step differ from the previous look. */
  changed: boolean
}

export interface FollowRequest {
  intervalMs: number
  signal?: AbortSignal
  onProgress(progress: RunProgress): void
  /** Stop following once this long has passed (the run goes on). */
  timeoutMs?: number
  /** How long a run may stay queued before `onQueuedTooLong` is called (once). */
  queuedWarningMs?: number
  /** The run has waited for a runner longer than `queuedWarningMs`. */
  onQueuedTooLong?(run: WorkflowRun, waitedSeconds: number): void
  /** Injected clock, for elapsed times. */
  now?: () => number
}

export type FollowResult =
  | { outcome: 'completed'; progress: RunProgress }
  | { outcome: 'detached'; run: WorkflowRun }
  | { outcome: 'timeout'; run: WorkflowRun; waitedSeconds: number }

/**
 * A run waiting for a runner. Not `pending` (waiting for another run of its concurrency group,
 * which the template's one-run-per-branch group makes normal) nor `waiting` (an environment's
 * approval): neither is a missing runner.
 * https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository
 */
const WAITING_FOR_RUNNER = new Set(['queued'])

/**
 * Looks at the run every interval until it completes, reporting status and step; an abort (Ctrl-C)
 * stops following and leaves the run alone, and so does the timeout. A run still waiting for a
 * runner after `queuedWarningMs` is reported once: GitHub keeps such a run queued for a day.
 */
export async function followRun(
  runs: WorkflowRuns,
  runId: number,
  req: FollowRequest
): Promise<FollowResult> {
  const now = req.now ?? Date.now
  const started = now()
  let queuedSince: number | undefined
  let warned = false
  let last = ''
  let run = await runs.getRun(runId)
  for (;;) {
    const jobs = await runs.listJobs(runId)
    const done = run.status === 'completed'
    const step = currentStep(jobs)
    const key = `${run.status}|${step ?? ''}`
    const progress: RunProgress = {
      run,
      step,
      failedStep: done ? failedStep(jobs) : undefined,
      elapsedSeconds: Math.max(0, Math.round((now() - Date.parse(run.createdAt)) / 1000)),
      changed: key !== last
    }
    last = key
    req.onProgress(progress)
    if (done) return { outcome: 'completed', progress }
    const at = now()
    queuedSince = WAITING_FOR_RUNNER.has(run.status) ? (queuedSince ?? at) : undefined
    if (
      !warned &&
      queuedSince !== undefined &&
      req.queuedWarningMs !== undefined &&
      at - queuedSince >= req.queuedWarningMs
    ) {
      warned = true
      req.onQueuedTooLong?.(run, Math.round((at - queuedSince) / 1000))
    }
    if (req.timeoutMs !== undefined && at - started >= req.timeoutMs)
      return { outcome: 'timeout', run, waitedSeconds: Math.round((at - started) / 1000) }
    if (!(await sleep(req.intervalMs, req.signal))) return { outcome: 'detached', run }
    run = await runs.getRun(runId)
  }
}

function currentStep(jobs: WorkflowJob[]): string | undefined {
  let latest: string | undefined
  for (const job of jobs) {
    for (const step of job.steps) {
      if (step.status === 'in_progress') return `${job.name} › ${step.name}`
      if (step.status === 'completed' && step.conclusion !== 'skipped')
        latest = `${job.name} › ${step.name}`
    }
    if (job.status === 'in_progress' && job.steps.length === 0) return job.name
  }
  return latest
}

function failedStep(jobs: WorkflowJob[]): string | undefined {
  for (const job of jobs) {
    const step = job.steps.find((s) => s.conclusion === 'failure' || s.conclusion === 'cancelled')
    if (step) return `${job.name} › ${step.name}`
    if (job.conclusion === 'failure' || job.conclusion === 'cancelled') return job.name
  }
  return undefined
}

/** Waits, unless aborted: false when the signal fired. */
async function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false
  try {
    await delay(ms, undefined, { signal })
    return true
  } catch {
    return false
  }
}
