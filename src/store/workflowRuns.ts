import { PermissionError, UsageError } from '../errors.js'
import type { Logger } from '../log.js'
import { connectionOf, createClient, type GitHubClient } from './client.js'
import { githubMessage, isRateLimit, statusOf, toStoreError } from './errors.js'
import { readRepositoryAccess, type RepositoryAccess } from './repository.js'
import type { StoreOptions } from './types.js'
import type { Dispatched, WorkflowJob, WorkflowRun } from './workflowTypes.js'

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
   * with `return_run_details: true`; GitHub Enterprise Server (3.17–3.19) does not know the
   * parameter and answers 422 `"return_run_details" is not a permitted key.`, so the dispatch is
   * sent again without it (nothing was started by the refused one) and answers 204 (docs/facts.md#dispatch-on-enterprise-server).
   * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
   */
  async dispatch(
    request: {
      workflow: string
      ref: string
      inputs: Record<string, string>
    },
    options: {
      /** Where the server will not name the run: an error to throw instead of dispatching blind. */
      unnamed?: () => Error | undefined
    } = {}
  ): Promise<Dispatched> {
    const send = (runDetails: boolean) =>
      this.client.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner: this.owner,
        repo: this.repo,
        workflow_id: request.workflow,
        ref: request.ref,
        inputs: request.inputs,
        ...(runDetails ? { return_run_details: true } : {})
      })
    try {
      let response: Awaited<ReturnType<typeof send>>
      try {
        response = await send(this.namesRuns)
      } catch (error) {
        if (!this.namesRuns || !refusesRunDetails(error)) throw error
        this.namesRuns = false
        const refusal = options.unnamed?.()
        if (refusal) throw refusal
        this.log.debug('The server does not know return_run_details (GHES): dispatching without it')
        response = await send(false)
      }
      const date = response.headers.date ? new Date(response.headers.date) : undefined
      const serverDate = date && !Number.isNaN(date.getTime()) ? date : undefined
      const data = ((response.status as number) === 200 ? response.data : undefined) as
        { workflow_run_id?: number; html_url?: string } | undefined
      return { runId: data?.workflow_run_id, htmlUrl: data?.html_url, serverDate }
    } catch (error) {
      throw this.dispatchError(error, request.workflow, request.ref)
    }
  }

  /** False once the server refused `return_run_details`: it is not sent again. */
  private namesRuns = true

  private dispatchError(error: unknown, workflow: string, ref: string): Error {
    const status = statusOf(error)
    const path = `.github/workflows/${workflow}`
    if (status === 404) {
      return new UsageError(
        `${this.repository} has no workflow ${path} on its default branch (404). ` +
          'Run `claude-session init` to write it, then commit and push it; or name yours with --workflow FILE.'
      )
    }
    if (status === 403 && !isRateLimit(error)) {
      return new PermissionError(
        `The token may not start workflows in ${this.repository} (403 ${githubMessage(error) || 'Forbidden'}). ` +
          DISPATCH_PERMISSION
      )
    }
    if (status === 422) {
      const reason = githubMessage(error)
      return new UsageError(
        `GitHub refused to start ${path} on ${ref} (422${reason ? `: ${reason}` : ''}). ${adviceFor(reason, ref, path)}`
      )
    }
    return toStoreError(error, `start ${path}`, this.repository)
  }

  /** The default branch, and whether the token may push. */
  repositoryAccess(): Promise<RepositoryAccess> {
    return readRepositoryAccess(this.client, this.owner, this.repo)
  }

  /**
   * The text of `.github/workflows/<file>` at `ref`, or undefined when the file (or the ref) is not
   * there (GET …/contents/{path}?ref=, https://docs.github.com/rest/repos/contents#get-repository-content).
   */
  async workflowFile(file: string, ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repo,
        path: `.github/workflows/${file}`,
        ref
      })
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
      return Buffer.from(data.content, 'base64').toString('utf8')
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw toStoreError(error, `read .github/workflows/${file} on ${ref}`, this.repository)
    }
  }

  async getRun(runId: number): Promise<WorkflowRun> {
    try {
      const { data } = await this.client.request(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
        {
          owner: this.owner,
          repo: this.repo,
          run_id: runId
        }
      )
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
      const { data } = await this.client.request(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        {
          owner: this.owner,
          repo: this.repo,
          run_id: runId,
          per_page: 100
        }
      )
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
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/actions/runs', {
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

  /** The commit a branch points at on GitHub, or undefined when the branch is gone. */
  async branchHead(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
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
  id: number | bigint // int64 in GitHub's description; JSON gives a number
  status: string | null
  conclusion: string | null
  html_url: string
  head_branch: string | null
  head_sha: string
  created_at: string
  actor?: { login: string } | null
  display_title?: string
}): WorkflowRun {
  return {
    id: Number(data.id),
    status: data.status ?? 'queued',
    conclusion: data.conclusion,
    htmlUrl: data.html_url,
    headBranch: data.head_branch,
    headSha: data.head_sha,
    createdAt: data.created_at,
    actor: data.actor?.login,
    displayTitle: data.display_title
  }
}

/**
 * What a token needs to start a workflow, per the endpoint's description: fine-grained tokens
 * Actions write, classic tokens and OAuth tokens the `repo` scope (the `workflow` scope is for
 * changing workflow files). https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
 */
const DISPATCH_PERMISSION =
  'It needs `actions: write` (in a workflow: `permissions: actions: write`; fine-grained token: "Actions: Read and write"; classic token: the `repo` scope).'

/** GHES's 422 for the parameter it lacks (benc-uk/workflow-dispatch#86, docs/facts.md#dispatch-on-enterprise-server). */
function refusesRunDetails(error: unknown): boolean {
  return statusOf(error) === 422 && /return_run_details/.test(githubMessage(error))
}

/** What to do about GitHub's 422 reasons for a dispatch (docs/facts.md#what-dispatch-refuses quotes them). */
function adviceFor(reason: string, ref: string, path: string): string {
  if (/^No ref found for/i.test(reason))
    return `The branch ${ref} is not on GitHub: push it first (git push -u origin ${ref}).`
  if (/^Unexpected inputs provided/i.test(reason))
    return `${path} on ${ref} does not declare those inputs: drop them, or add them under on.workflow_dispatch.inputs and push the file.`
  if (/workflow_dispatch/i.test(reason))
    return `${path} on ${ref} has no workflow_dispatch trigger: add it (claude-session init writes one) and push the file.`
  return 'Check that the branch exists on GitHub, that the workflow has a `workflow_dispatch` trigger, and that every --input is declared in it.'
}

export function openWorkflowRuns(options: StoreOptions): WorkflowRuns {
  const { owner, repo, apiUrl, log, retry } = connectionOf(options)
  const client = createClient({ token: options.token, apiUrl, log, retry })
  return new WorkflowRuns(client, owner, repo, log)
}
