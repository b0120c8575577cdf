/**
 * The Actions part of the emulator: workflow_dispatch (with `return_run_details`, or 204 as GHES
 * answers, docs/facts.md), runs, jobs with steps, `GET /actions/runs` filters, `GET /user` and
 * `GET /git/ref/heads/…`. Every request is held against GitHub's REST description first; what does
 * not fit is answered 422 and kept in `violations`. A run is executed by a simulated runner that
 * the test supplies (see `actionRunner` for one that runs the real bundled restore and save).
 * Added to the emulator's route table through `startEmulator({ routes })`.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Answer, Route, RouteCall } from './releasesEmulator.js'
import { checkRest } from './description.js'

export interface EmulatedStep {
  name: string
  number: number
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled' | null
}

export interface EmulatedRun {
  id: number
  repo: string
  workflow: string
  branch: string
  inputs: Record<string, unknown>
  actor: string
  headSha: string
  createdAt: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'cancelled' | null
  steps: EmulatedStep[]
  /** Settles when the runner is done with it. */
  finished: Promise<void>
}

/** What a simulated runner gets: the run, and steps it executes in order. */
export interface RunControl {
  run: EmulatedRun
  /**
   * Runs one step: in_progress while `fn` runs, then success, or failure when it throws. After a
   * failure, later steps are skipped unless `always` (like `if: always()`).
   */
  step<T>(
    name: string,
    fn: () => Promise<T>,
    options?: { always?: boolean }
  ): Promise<T | undefined>
}

export type Runner = (control: RunControl) => Promise<void>

export interface WorkflowsEmulator {
  routes: Route[]
  /** Answer dispatches with 204 and describe requests by GHES 3.17's REST description. */
  ghes: boolean
  /** Runs every dispatched run; replace it per test. */
  runner: Runner
  /** Called as a dispatch creates its run, before GitHub answers. */
  onDispatch?: (run: EmulatedRun) => void
  /** Step names a run shows from the start (GitHub lists a job's steps up front). */
  steps: string[]
  addWorkflow(repo: string, file: string): void
  /** The login `GET /user` names for a token (tokens without one answer 403, like GITHUB_TOKEN). */
  setLogin(token: string, login: string): void
  /** A token that may not start workflows (no `actions: write`). */
  denyActions(token: string): void
  setBranchHead(repo: string, branch: string, sha: string): void
  branchHead(repo: string, branch: string): string
  /** A run started by someone else, e.g. at the same moment as ours. */
  addRun(
    repo: string,
    run: { branch: string; actor: string; workflow?: string; conclusion?: 'success' | 'failure' }
  ): EmulatedRun
  runs: EmulatedRun[]
  dispatches: { repo: string; body: unknown; status: number }[]
  violations: string[]
}

/** The request's URL again, from the template it matched and its parameters. */
function urlOf(template: string, call: RouteCall): URL {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(call.params[name] ?? '')
  )
  return new URL(`${path}?${call.query.toString()}`, 'http://emulator')
}

export function workflowsEmulator(): WorkflowsEmulator {
  const workflows = new Set<string>()
  const logins = new Map<string, string>()
  const denied = new Set<string>()
  const heads = new Map<string, string>()
  let nextRunId = 9_000_000_000
  const key = (repo: string, x: string): string => `${repo.toLowerCase()}#${x}`
  const headOf = (repo: string, branch: string): string =>
    heads.get(key(repo, branch)) ?? createHash('sha1').update(`${repo}@${branch}`).digest('hex')

  const newRun = (repo: string, workflow: string, branch: string, actor: string): EmulatedRun => {
    const run: EmulatedRun = {
      id: nextRunId++,
      repo,
      workflow,
      branch,
      inputs: {},
      actor,
      headSha: headOf(repo, branch),
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      status: 'queued',
      conclusion: null,
      steps: emu.steps.map((name, i) => ({
        name,
        number: i + 1,
        status: 'queued',
        conclusion: null
      })),
      finished: Promise.resolve()
    }
    emu.runs.push(run)
    return run
  }

  const execute = (run: EmulatedRun): void => {
    let failed = false
    const control: RunControl = {
      run,
      step: async (name, fn, options = {}) => {
        let step = run.steps.find((s) => s.name === name && s.status === 'queued')
        if (!step) {
          step = { name, number: run.steps.length + 1, status: 'queued', conclusion: null }
          run.steps.push(step)
        }
        if (failed && !options.always) {
          step.status = 'completed'
          step.conclusion = 'skipped'
          return undefined
        }
        step.status = 'in_progress'
        try {
          const value = await fn()
          step.conclusion = 'success'
          return value
        } catch {
          step.conclusion = 'failure'
          failed = true
          return undefined
        } finally {
          step.status = 'completed'
        }
      }
    }
    run.finished = (async () => {
      await new Promise((r) => setImmediate(r))
      run.status = 'in_progress'
      try {
        await emu.runner(control)
      } catch {
        failed = true
      }
      for (const s of run.steps)
        if (s.status !== 'completed')
          Object.assign(s, { status: 'completed', conclusion: 'skipped' })
      run.conclusion = failed ? 'failure' : 'success'
      run.status = 'completed'
    })()
  }

  const runJson = (base: string, run: EmulatedRun): Record<string, unknown> => ({
    id: run.id,
    name: 'Continue a Claude Code session',
    display_title: 'Continue a Claude Code session',
    event: 'workflow_dispatch',
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.branch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflow}`,
    run_attempt: 1,
    created_at: run.createdAt,
    updated_at: new Date().toISOString(),
    actor: { login: run.actor },
    triggering_actor: { login: run.actor },
    url: `${base}/repos/${run.repo}/actions/runs/${run.id}`,
    html_url: `https://github.example/${run.repo}/actions/runs/${run.id}`,
    jobs_url: `${base}/repos/${run.repo}/actions/runs/${run.id}/jobs`
  })

  const jobJson = (run: EmulatedRun): Record<string, unknown> => ({
    id: run.id + 1,
    run_id: run.id,
    name: 'continue',
    status: run.status,
    conclusion: run.conclusion,
    head_sha: run.headSha,
    html_url: `https://github.example/${run.repo}/actions/runs/${run.id}/job/${run.id + 1}`,
    steps: run.steps.map((s) => ({ ...s }))
  })

  const tokenOf = (headers: IncomingHttpHeaders): string =>
    (headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')

  const handle = (method: string, template: string, call: RouteCall): Answer => {
    const url = urlOf(template, call)
    const path = url.pathname
    const access = call.access
    const headers = call.headers
    const repoMatch = /^\/repos\/([^/]+\/[^/]+)(\/.*)$/.exec(path)
    const rest = repoMatch?.[2] ?? ''
    const text = call.body.toString()
    const body: unknown = text ? JSON.parse(text) : undefined
    let reply: Answer = { status: 404, body: { message: 'Not Found' } }
    const send = (status: number, payload?: unknown): void =>
      void (reply = { status, body: payload })
    // The emulator holds every request to github.com's description before it routes it; a run
    // that stands for GHES (the 204 dispatch) is held to GHES 3.17's description as well.
    const refusal = emu.ghes
      ? checkRest({ method, pathname: path, query: url.searchParams, body: call.body }, 'ghes-3.17')
      : undefined
    if (refusal) {
      emu.violations.push(`${method} ${path}: ${refusal.problem}`)
      return { status: refusal.status, body: { message: `Invalid request.\n\n${refusal.problem}` } }
    }
    const base = `http://${headers.host}`
    if (path === '/user') {
      const login = logins.get(tokenOf(headers))
      if (!login) send(403, { message: 'Resource not accessible by integration' })
      else send(200, { login, id: 1, type: 'User' })
      return reply
    }
    const repo = decodeURIComponent(repoMatch![1]!)
    let m: RegExpExecArray | null
    if ((m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest)) && method === 'POST') {
      const file = decodeURIComponent(m[1]!)
      const input = body as {
        ref: string
        inputs?: Record<string, unknown>
        return_run_details?: boolean
      }
      const answer = (status: number, payload?: unknown): Answer => {
        emu.dispatches.push({ repo, body, status })
        return { status, body: payload }
      }
      if (!workflows.has(key(repo, file))) return answer(404, { message: 'Not Found' })
      if (access !== 'write' || denied.has(tokenOf(headers)))
        return answer(403, { message: 'Resource not accessible by personal access token' })
      const run = newRun(
        repo,
        file,
        input.ref,
        logins.get(tokenOf(headers)) ?? 'github-actions[bot]'
      )
      run.inputs = input.inputs ?? {}
      emu.onDispatch?.(run)
      execute(run)
      if (input.return_run_details && !emu.ghes)
        return answer(200, {
          workflow_run_id: run.id,
          run_url: `${base}/repos/${repo}/actions/runs/${run.id}`,
          html_url: `https://github.example/${repo}/actions/runs/${run.id}`
        })
      return answer(204)
    }
    if ((m = /^\/actions\/runs\/(\d+)(\/jobs)?$/.exec(rest)) && method === 'GET') {
      const run = emu.runs.find((r) => r.id === Number(m![1]) && r.repo === repo)
      if (!run) send(404, { message: 'Not Found' })
      else if (m[2]) send(200, { total_count: 1, jobs: [jobJson(run)] })
      else send(200, runJson(base, run))
      return reply
    }
    if (rest === '/actions/runs' && method === 'GET') {
      const q = url.searchParams
      const created = /^>=(.+)$/.exec(q.get('created') ?? '')?.[1]
      const found = emu.runs
        .filter(
          (r) =>
            r.repo === repo &&
            (!q.get('branch') || r.branch === q.get('branch')) &&
            (!q.get('actor') || r.actor === q.get('actor')) &&
            (!created || Date.parse(r.createdAt) >= Date.parse(created))
        )
        .sort((a, b) => b.id - a.id)
      send(200, { total_count: found.length, workflow_runs: found.map((r) => runJson(base, r)) })
      return reply
    }
    if ((m = /^\/git\/ref\/(.+)$/.exec(rest)) && method === 'GET') {
      const ref = decodeURIComponent(m[1]!)
      const branch = ref.replace(/^heads\//, '')
      send(200, { ref: `refs/${ref}`, object: { sha: headOf(repo, branch), type: 'commit' } })
      return reply
    }
    return reply
  }

  /** The requests this module answers, as path templates of GitHub's description. */
  const routes: Route[] = [
    ['GET', '/user'],
    ['POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs'],
    ['GET', '/repos/{owner}/{repo}/actions/runs'],
    ['GET', '/repos/{owner}/{repo}/git/ref/{ref}']
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    handle: (call: RouteCall) => handle(method!, path!, call)
  }))

  const emu: WorkflowsEmulator = {
    routes,
    ghes: false,
    runner: async () => undefined,
    steps: ['Set up job', 'Run actions/checkout@v7'],
    addWorkflow: (repo, file) => void workflows.add(key(repo, file)),
    setLogin: (token, login) => void logins.set(token, login),
    denyActions: (token) => void denied.add(token),
    setBranchHead: (repo, branch, sha) => void heads.set(key(repo, branch), sha),
    branchHead: headOf,
    addRun: (repo, r) => {
      const run = newRun(repo, r.workflow ?? 'claude-continue.yml', r.branch, r.actor)
      run.status = r.conclusion ? 'completed' : 'in_progress'
      run.conclusion = r.conclusion ?? null
      return run
    },
    runs: [],
    dispatches: [],
    violations: []
  }
  return emu
}

/** A fresh commit id, for a run that pushes. */
export function fakeCommit(): string {
  return createHash('sha1').update(randomUUID()).digest('hex')
}
