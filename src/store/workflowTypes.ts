/** What the Actions REST API tells of a workflow run, as `claude-session continue` reads it. */
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
  /** The run's title: the workflow's `run-name` with the dispatch's inputs in it. */
  displayTitle?: string
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
  /** Absent where the server named no run (GHES ≤ 3.19 has no `return_run_details`). */
  runId?: number
  htmlUrl?: string
  /** The server's clock when it answered: runs it started are created no earlier than a moment before. */
  serverDate?: Date
}
