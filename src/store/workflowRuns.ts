import { PermissionError, UsageError } from '../errors.js'
import type { Logger } from '../log.js'
import { connectionOf, createClient, type GitHubClient } from './client.js'
import { statusOf, toStoreError } from './errors.js'
import type { StoreOptions } from './types.js'

export interface WorkflowRun {
  id: number
  /** queued, in_progress, completed (and waiting/requested/pending on the way). */
  status: string
  /** success, failure, cancelled, … once completed; null before. */
  conclusion: string | null
  htmlUrl: string
  headBranch: string | null
  headSha: string
  createdAt: string
  actor?: string
}

interface WorkflowStep {
  name: string
  status: string
  conclusion: string | null
  number: number
}

export interface WorkflowJob {
  name: string
  status: string
  conclusion: string | null
  steps: WorkflowStep[]
}

export interface Dispatched {
  /** Absent where the server answered 204 (GHES ≤ 3.19 has no `return_run_details`). */
  runId?: number
  htmlUrl?: string
  /** The server's clock when it answered: runs it started are created no earlier than a moment before. */
  serverDate?: Date
}

/**
 * The Actions REST API as `claude-session continue` needs it: start a workflow_dispatch run, read
 * its status and steps. Octokit stays here, as for the releases (docs/architecture.md).
 */
export class WorkflowRuns {
  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly log: Logger
  ) {}

  get repository(): string {
    return `${this.owner}/${this.repo}`
  }

  /**
   * POST …/actions/workflows/{file}/dispatches. github.com answers 200 with the run's id when asked
   * with `return_run_details: true`; GitHub Enterprise Server answers 204 (docs/facts.md#workflow-runs).
   * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
   */
  async dispatch(request: {
    workflow: string
    ref: string
    inputs: Record<string, string>
  }): Promise<Dispatched> {
    try {
      const response = await this.client.rest.actions.createWorkflowDispatch({
        owner: this.owner,
        repo: this.repo,
        workflow_id: request.workflow,
        ref: request.ref,
        inputs: request.inputs,
        return_run_details: true
      })
      const date = response.headers.date ? new Date(response.headers.date) : undefined
      const serverDate = date && !Number.isNaN(date.getTime()) ? date : undefined
      const data = ((response.status as number) === 200 ? response.data : undefined) as
        { workflow_run_id?: number; html_url?: string } | undefined
      return { runId: data?.workflow_run_id, htmlUrl: data?.html_url, serverDate }
    } catch (error) {
      throw this.dispatchError(error, request.workflow, request.ref)
    }
  }

  private dispatchError(error: unknown, workflow: string, ref: string): Error {
    const status = statusOf(error)
    const path = `.github/workflows/${workflow}`
    if (status === 404) {
      return new UsageError(
        `${this.repository} has no workflow ${path} on its default branch (404). ` +
          'Run `claude-session init` to write it, then commit and push it; or name yours with --workflow FILE.'
      )
    }
    if (status === 403) {
      return new PermissionError(
        `The token may not start workflows in ${this.repository} (403). It needs \`actions: write\` ` +
          '(fine-grained token: "Actions: Read and write"; classic token: the `workflow` scope).'
      )
    }
    if (status === 422) {
      const message = (error as { response?: { data?: { message?: string } } }).response?.data
        ?.message
      return new UsageError(
        `GitHub refused to start ${path} on ${ref} (422${message ? ` ${message}` : ''}). ` +
          'Check that the branch exists on GitHub (push it first), that the workflow has a `workflow_dispatch` trigger, and that every --input is declared in it.'
      )
    }
    return toStoreError(error, `start ${path}`, this.repository)
  }

  async getRun(runId: number): Promise<WorkflowRun> {
    try {
      const { data } = await this.client.rest.actions.getWorkflowRun({
        owner: this.owner,
        repo: this.repo,
        run_id: runId
      })
      return runOf(data)
    } catch (error) {
      if (statusOf(error) === 404)
        throw new UsageError(
          `${this.repository} has no workflow run ${runId}, or the token cannot see it.`
        )
      throw toStoreError(error, `read workflow run ${runId}`, this.repository)
    }
  }

  /** The jobs of a run with their steps (GET …/actions/runs/{id}/jobs). */
  async listJobs(runId: number): Promise<WorkflowJob[]> {
    try {
      const { data } = await this.client.rest.actions.listJobsForWorkflowRun({
        owner: this.owner,
        repo: this.repo,
        run_id: runId,
        per_page: 100
      })
      return data.jobs.map((job) => ({
        name: job.name,
        status: job.status,
        conclusion: job.conclusion,
        steps: (job.steps ?? []).map((s) => ({
          name: s.name,
          status: s.status,
          conclusion: s.conclusion,
          number: s.number
        }))
      }))
    } catch (error) {
      throw toStoreError(error, `read the jobs of workflow run ${runId}`, this.repository)
    }
  }

  /**
   * workflow_dispatch runs on a branch created at or after `since`, newest first, optionally only
   * those started by `actor` (GET …/actions/runs with `event`, `branch`, `actor`, `created`).
   */
  async listDispatchedRuns(filter: {
    branch: string
    since: Date
    actor?: string
  }): Promise<WorkflowRun[]> {
    try {
      const { data } = await this.client.rest.actions.listWorkflowRunsForRepo({
        owner: this.owner,
        repo: this.repo,
        event: 'workflow_dispatch',
        branch: filter.branch,
        ...(filter.actor ? { actor: filter.actor } : {}),
        // GitHub's search syntax for dates: https://docs.github.com/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates
        created: `>=${filter.since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        per_page: 20
      })
      return data.workflow_runs
        .map(runOf)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
    } catch (error) {
      throw toStoreError(error, 'list workflow runs', this.repository)
    }
  }

  /** The login behind the token, or undefined for tokens that have none (an installation's GITHUB_TOKEN). */
  async currentLogin(): Promise<string | undefined> {
    try {
      const { data } = await this.client.rest.users.getAuthenticated()
      return data.login
    } catch (error) {
      this.log.debug(`GET /user answered ${statusOf(error) ?? 'an error'}; not filtering by actor`)
      return undefined
    }
  }

  /** The commit a branch points at on GitHub, or undefined when the branch is gone. */
  async branchHead(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.client.rest.git.getRef({
        owner: this.owner,
        repo: this.repo,
        ref: `heads/${branch}`
      })
      return data.object.sha
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw toStoreError(error, `read branch ${branch}`, this.repository)
    }
  }
}

function runOf(data: {
  id: number
  status: string | null
  conclusion: string | null
  html_url: string
  head_branch: string | null
  head_sha: string
  created_at: string
  actor?: { login: string } | null
}): WorkflowRun {
  return {
    id: data.id,
    status: data.status ?? 'queued',
    conclusion: data.conclusion,
    htmlUrl: data.html_url,
    headBranch: data.head_branch,
    headSha: data.head_sha,
    createdAt: data.created_at,
    actor: data.actor?.login
  }
}

export function openWorkflowRuns(options: StoreOptions): WorkflowRuns {
  const { owner, repo, apiUrl, log, retry } = connectionOf(options)
  const client = createClient({ token: options.token, apiUrl, log, retry })
  return new WorkflowRuns(client, owner, repo, log)
}
