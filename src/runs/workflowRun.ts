import { setTimeout as delay } from 'node:timers/promises'
import { RemoteError } from '../errors.js'
import type { Logger } from '../log.js'
import type { WorkflowJob, WorkflowRun, WorkflowRuns } from '../store/index.js'

export interface StartRequest {
  workflow: string
  branch: string
  inputs: Record<string, string>
  /** Between looks for the run where the server does not name it (GHES). */
  intervalMs: number
  signal?: AbortSignal
  log: Logger
}

/** Where a 204 server names no run, how long to look for the one it started. */
const FIND_ATTEMPTS = 30
/** Run times come from GitHub's clock in whole seconds: allow that much before its `Date`. */
const CLOCK_SLACK_MS = 2000

/**
 * Starts the workflow and returns its run. github.com names the run in its answer; a server that
 * answers 204 (GHES, docs/facts.md#workflow-runs) is asked for workflow_dispatch runs on the branch created since
 * its own clock's `Date`, and only those of the token's user when it has one, so that a run someone
 * else started at the same moment is not taken for ours.
 */
export async function startRun(runs: WorkflowRuns, req: StartRequest): Promise<WorkflowRun> {
  const before = new Date()
  const dispatched = await runs.dispatch({
    workflow: req.workflow,
    ref: req.branch,
    inputs: req.inputs
  })
  if (dispatched.runId !== undefined) return runs.getRun(dispatched.runId)
  const since = new Date((dispatched.serverDate ?? before).getTime() - CLOCK_SLACK_MS)
  const actor = await runs.currentLogin()
  for (let attempt = 0; attempt < FIND_ATTEMPTS; attempt++) {
    const found = (await runs.listDispatchedRuns({ branch: req.branch, since, actor })).filter(
      (r) =>
        r.headBranch === req.branch &&
        (actor === undefined || r.actor === actor) &&
        Date.parse(r.createdAt) >= since.getTime()
    )
    if (found.length > 1 && actor === undefined)
      req.log.warning(
        `${found.length} runs started on ${req.branch} just now and the token names no user; following the newest, ${found[0]!.htmlUrl}`
      )
    if (found[0]) return found[0]
    if (!(await sleep(req.intervalMs, req.signal))) break
  }
  throw new RemoteError(
    `GitHub accepted the dispatch of ${req.workflow} on ${req.branch} but no run of it appeared. ` +
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
  /** Injected clock, for elapsed times. */
  now?: () => number
}

export type FollowResult =
  { outcome: 'completed'; progress: RunProgress } | { outcome: 'detached'; run: WorkflowRun }

/**
 * Looks at the run every interval until it completes, reporting status and step; an abort (Ctrl-C)
 * stops following and leaves the run alone.
 */
export async function followRun(
  runs: WorkflowRuns,
  runId: number,
  req: FollowRequest
): Promise<FollowResult> {
  const now = req.now ?? Date.now
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
