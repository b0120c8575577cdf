/**
 * The Actions part of the emulator: workflow_dispatch, runs, jobs with steps, `GET /actions/runs`
 * filters, `GET /user`, `GET /git/ref/heads/…` and the workflow files themselves
 * (`GET /contents/.github/workflows/…?ref=`). Dispatch refuses what GitHub refuses (docs/facts.md#what-dispatch-refuses):
 * a workflow missing on the default branch (404), a token without Actions write (403), a body key
 * the server's description lacks (`return_run_details` on Enterprise Server: 422), a ref the
 * repository does not have (422 `No ref found for: X`), a workflow file without a
 * `workflow_dispatch` trigger on that ref (422), and inputs that file does not declare (422
 * `Unexpected inputs provided: [...]`). The server (github.com or GHES) is the emulator's
 * `server`, chosen per test; every request is first held to that server's REST description
 * (servers.ts). A run is executed by a simulated runner that the test supplies (see
 * `actionRunner` for one that runs the real bundled restore and save). Added to the emulator's
 * route table through `startEmulator({ routes })`.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { parse } from 'yaml'
import { WORKFLOW_TEMPLATE } from '../src/cli/workflowTemplate.js'
import type { Answer, Route, RouteCall } from './releasesEmulator.js'
import { bodyKeys } from './description.js'
import type { Repo } from './model.js'

interface EmulatedStep {
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
  /** The run's `run-name` with the dispatch's inputs in it (GitHub's `display_title`). */
  displayTitle: string
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
interface RunControl {
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
  /**
   * A server that takes `return_run_details` and still answers 204 without the run (an older
   * answer): the client's path for a dispatch that names no run, on github.com.
   */
  ignoresRunDetails: boolean
  /** Runs every dispatched run; replace it per test. */
  runner: Runner
  /** False: no runner ever picks a run up (a `runs-on` label nobody serves): runs stay queued. */
  runnersOnline: boolean
  /** Called as a dispatch creates its run, before GitHub answers. */
  onDispatch?: (run: EmulatedRun) => void
  /** Step names a run shows from the start (GitHub lists a job's steps up front). */
  steps: string[]
  /**
   * A workflow file `.github/workflows/<file>`: its text (default: the template `init` writes) on
   * the listed branches (default: every branch of the repository, the default branch included).
   */
  addWorkflow(repo: string, file: string, options?: { text?: string; branches?: string[] }): void
  /** The login `GET /user` names for a token (tokens without one answer 403, like GITHUB_TOKEN). */
  setLogin(token: string, login: string): void
  /** A token that may not start workflows (no `actions: write`). */
  denyActions(token: string): void
  setBranchHead(repo: string, branch: string, sha: string): void
  branchHead(repo: string, branch: string): string
  /** A run started by someone else, e.g. at the same moment as ours. */
  addRun(
    repo: string,
    run: {
      branch: string
      actor: string
      workflow?: string
      conclusion?: 'success' | 'failure'
      displayTitle?: string
    }
  ): EmulatedRun
  runs: EmulatedRun[]
  dispatches: { repo: string; body: unknown; status: number; message?: string }[]
}

/** The request's URL again, from the template it matched and its parameters. */
function urlOf(template: string, call: RouteCall): URL {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(call.params[name] ?? '')
  )
  return new URL(`${path}?${call.query.toString()}`, 'http://emulator')
}

interface WorkflowFile {
  text: string
  /** Where the file exists; undefined: on every branch. */
  branches?: Set<string>
}

/** What GitHub reads of a workflow file when it is dispatched. */
interface DispatchTrigger {
  /** Undefined when the file has no `workflow_dispatch` trigger. */
  inputs?: Record<string, { required?: boolean; default?: unknown }>
  runName?: string
  name?: string
}

function triggerOf(text: string): DispatchTrigger {
  const doc = parse(text) as {
    name?: string
    'run-name'?: string
    on?: string | string[] | Record<string, { inputs?: DispatchTrigger['inputs'] } | null>
  }
  const on = doc.on
  const has =
    on === 'workflow_dispatch' ||
    (Array.isArray(on) && on.includes('workflow_dispatch')) ||
    (typeof on === 'object' && on !== null && !Array.isArray(on) && 'workflow_dispatch' in on)
  const declared =
    typeof on === 'object' && on !== null && !Array.isArray(on)
      ? (on.workflow_dispatch?.inputs ?? {})
      : {}
  return { inputs: has ? declared : undefined, runName: doc['run-name'], name: doc.name }
}

/**
 * `run-name` as GitHub shows it: its `${{ }}` parts evaluated by GitHub's own evaluator
 * (@actions/expressions) with the `inputs` context.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#run-name
 */
function runNameOf(template: string, inputs: Record<string, unknown>): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expression: string) => {
    const tree = new Parser(new Lexer(expression.trim()).lex().tokens, ['inputs'], []).parse()
    const contexts = JSON.parse(JSON.stringify({ inputs }), data.reviver) as data.Dictionary
    return new Evaluator(tree, contexts, new Map()).evaluate().coerceString()
  })
}

export function workflowsEmulator(): WorkflowsEmulator {
  const workflows = new Map<string, WorkflowFile>()
  const logins = new Map<string, string>()
  const denied = new Set<string>()
  const heads = new Map<string, string>()
  let nextRunId = 9_000_000_000
  const key = (repo: string, x: string): string => `${repo.toLowerCase()}#${x}`
  const headOf = (repo: string, branch: string): string =>
    heads.get(key(repo, branch)) ?? createHash('sha1').update(`${repo}@${branch}`).digest('hex')
  /** The workflow file's text at `ref` of the repository, if it is there. */
  const fileAt = (repo: Repo, file: string, ref: string): string | undefined => {
    const found = workflows.get(key(repo.fullName, file))
    if (!found || !repo.branches.has(ref)) return undefined
    return !found.branches || found.branches.has(ref) ? found.text : undefined
  }

  const newRun = (repo: string, workflow: string, branch: string, actor: string): EmulatedRun => {
    const run: EmulatedRun = {
      id: nextRunId++,
      repo,
      workflow,
      branch,
      inputs: {},
      displayTitle: 'Continue a Claude Code session',
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
    // No runner serves the job: GitHub keeps it queued (until it gives up, a day later).
    if (!emu.runnersOnline) return
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
    display_title: run.displayTitle,
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
    // A job no runner picked up shows no steps yet.
    steps: run.status === 'queued' && !emu.runnersOnline ? [] : run.steps.map((s) => ({ ...s }))
  })

  const tokenOf = (headers: IncomingHttpHeaders): string =>
    (headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')

  /** GitHub's 422 with its own words (docs/facts.md quotes where each was seen). */
  const invalid = (message: string): Answer => ({ status: 422, body: { message } })

  const dispatch = (call: RouteCall, repo: Repo, file: string, base: string): Answer => {
    const body = JSON.parse(call.body.toString() || '{}') as {
      ref: string
      inputs?: Record<string, unknown>
      return_run_details?: boolean
    }
    const answer = ({ status, body: payload }: Answer): Answer => {
      const message = (payload as { message?: string } | undefined)?.message
      emu.dispatches.push({ repo: repo.fullName, body, status, ...(message ? { message } : {}) })
      return { status, body: payload }
    }
    // Dispatch needs the workflow on the default branch:
    // https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows#workflow_dispatch
    if (fileAt(repo, file, repo.defaultBranch) === undefined)
      return answer({ status: 404, body: { message: 'Not Found' } })
    if (call.access !== 'write' || denied.has(tokenOf(call.headers)))
      return answer({
        status: 403,
        body: { message: 'Resource not accessible by personal access token' }
      })
    // GitHub refuses a key its description of this body lacks: Enterprise Server has no
    // `return_run_details` (benc-uk/workflow-dispatch#86).
    const description = call.world.server === 'ghes' ? 'ghes-3.17' : 'api.github.com'
    const keys =
      bodyKeys(
        'POST',
        '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        description
      ) ?? []
    const stranger = Object.keys(body).find((k) => !keys.includes(k))
    if (stranger)
      return answer(invalid(`Invalid request.\n\n"${stranger}" is not a permitted key.`))
    if (!repo.branches.has(body.ref)) return answer(invalid(`No ref found for: ${body.ref}`))
    const text = fileAt(repo, file, body.ref)
    const trigger = text === undefined ? {} : triggerOf(text)
    if (!trigger.inputs)
      return answer(invalid("Workflow does not have 'workflow_dispatch' trigger"))
    const inputs = body.inputs ?? {}
    const unexpected = Object.keys(inputs).filter((k) => !(k in trigger.inputs!))
    if (unexpected.length > 0)
      return answer(invalid(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`))
    const run = newRun(
      repo.fullName,
      file,
      body.ref,
      logins.get(tokenOf(call.headers)) ?? 'github-actions[bot]'
    )
    run.inputs = inputs
    const withDefaults = Object.fromEntries(
      Object.entries(trigger.inputs).map(([name, spec]) => [
        name,
        inputs[name] ?? spec?.default ?? ''
      ])
    )
    run.displayTitle = trigger.runName
      ? runNameOf(trigger.runName, withDefaults).trim()
      : (trigger.name ?? file)
    emu.onDispatch?.(run)
    execute(run)
    if (body.return_run_details && !emu.ignoresRunDetails)
      return answer({
        status: 200,
        body: {
          workflow_run_id: run.id,
          run_url: `${base}/repos/${repo.fullName}/actions/runs/${run.id}`,
          html_url: `https://github.example/${repo.fullName}/actions/runs/${run.id}`
        }
      })
    return answer({ status: 204 })
  }

  const handle = (method: string, template: string, call: RouteCall): Answer => {
    const url = urlOf(template, call)
    const path = url.pathname
    const headers = call.headers
    const base = `http://${headers.host}`
    if (path === '/user') {
      const login = logins.get(tokenOf(headers))
      if (!login)
        return { status: 403, body: { message: 'Resource not accessible by integration' } }
      return { status: 200, body: { login, id: 1, type: 'User' } }
    }
    const repo = call.repo
    if (!repo) return { status: 404, body: { message: 'Not Found' } }
    const rest = /^\/repos\/[^/]+\/[^/]+(\/.*)$/.exec(path)![1]!
    let m: RegExpExecArray | null
    if ((m = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest)) && method === 'POST')
      return dispatch(call, repo, decodeURIComponent(m[1]!), base)
    if ((m = /^\/actions\/runs\/(\d+)(\/jobs)?$/.exec(rest)) && method === 'GET') {
      const run = emu.runs.find((r) => r.id === Number(m![1]) && r.repo === repo.fullName)
      if (!run) return { status: 404, body: { message: 'Not Found' } }
      if (m[2]) return { status: 200, body: { total_count: 1, jobs: [jobJson(run)] } }
      return { status: 200, body: runJson(base, run) }
    }
    if (rest === '/actions/runs' && method === 'GET') {
      const q = url.searchParams
      const created = /^>=(.+)$/.exec(q.get('created') ?? '')?.[1]
      const found = emu.runs
        .filter(
          (r) =>
            r.repo === repo.fullName &&
            (!q.get('event') || q.get('event') === 'workflow_dispatch') &&
            (!q.get('branch') || r.branch === q.get('branch')) &&
            (!q.get('actor') || r.actor === q.get('actor')) &&
            (!created || Date.parse(r.createdAt) >= Date.parse(created))
        )
        .sort((a, b) => b.id - a.id)
      const perPage = Number(q.get('per_page') ?? 30)
      return {
        status: 200,
        body: {
          total_count: found.length,
          workflow_runs: found.slice(0, perPage).map((r) => runJson(base, r))
        }
      }
    }
    if ((m = /^\/git\/ref\/(.+)$/.exec(rest)) && method === 'GET') {
      const ref = decodeURIComponent(m[1]!)
      const branch = ref.replace(/^heads\//, '')
      if (!repo.branches.has(branch)) return { status: 404, body: { message: 'Not Found' } }
      return {
        status: 200,
        body: { ref: `refs/${ref}`, object: { sha: headOf(repo.fullName, branch), type: 'commit' } }
      }
    }
    if ((m = /^\/contents\/(.+)$/.exec(rest)) && method === 'GET') {
      const filePath = decodeURIComponent(m[1]!)
      const ref = url.searchParams.get('ref') ?? repo.defaultBranch
      if (!repo.branches.has(ref))
        return { status: 404, body: { message: `No commit found for the ref ${ref}` } }
      const file = /^\.github\/workflows\/([^/]+)$/.exec(filePath)?.[1]
      const text = file === undefined ? undefined : fileAt(repo, file, ref)
      if (text === undefined) return { status: 404, body: { message: 'Not Found' } }
      const content = Buffer.from(text)
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: 'base64',
          size: content.length,
          name: file,
          path: filePath,
          content: content.toString('base64'),
          sha: createHash('sha1').update(content).digest('hex')
        }
      }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }

  /** The requests this module answers, as path templates of GitHub's description. */
  const routes: Route[] = [
    ['GET', '/user'],
    ['POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}'],
    ['GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs'],
    ['GET', '/repos/{owner}/{repo}/actions/runs'],
    ['GET', '/repos/{owner}/{repo}/git/ref/{ref}'],
    ['GET', '/repos/{owner}/{repo}/contents/{path}']
  ].map(([method, path]) => ({
    method: method!,
    path: path!,
    handle: (call: RouteCall) => handle(method!, path!, call)
  }))

  const emu: WorkflowsEmulator = {
    routes,
    ignoresRunDetails: false,
    runner: async () => undefined,
    runnersOnline: true,
    steps: ['Set up job', 'Run actions/checkout@v7'],
    addWorkflow: (repo, file, options = {}) =>
      void workflows.set(key(repo, file), {
        text: options.text ?? WORKFLOW_TEMPLATE,
        branches: options.branches && new Set(options.branches)
      }),
    setLogin: (token, login) => void logins.set(token, login),
    denyActions: (token) => void denied.add(token),
    setBranchHead: (repo, branch, sha) => void heads.set(key(repo, branch), sha),
    branchHead: headOf,
    addRun: (repo, r) => {
      const run = newRun(repo, r.workflow ?? 'claude-continue.yml', r.branch, r.actor)
      run.status = r.conclusion ? 'completed' : 'in_progress'
      run.conclusion = r.conclusion ?? null
      if (r.displayTitle !== undefined) run.displayTitle = r.displayTitle
      return run
    },
    runs: [],
    dispatches: []
  }
  return emu
}

/** A fresh commit id, for a run that pushes. */
export function fakeCommit(): string {
  return createHash('sha1').update(randomUUID()).digest('hex')
}
