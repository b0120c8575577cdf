import { join } from 'node:path'
import { PermissionError, SecretsFoundError, UsageError } from '../errors.js'
import { branchHistory } from '../git/branchHistory.js'
import { commitEdits, RESET_ON_PULL_REQUESTS, type CommitResult } from '../git/commitEdits.js'
import { git } from '../git/git.js'
import { pushToBranch } from '../git/pushBranch.js'
import type { Logger } from '../log.js'
import { discoverSession, isSessionId, projectDirFor } from '../session/index.js'
import { readAddedTurns, type AddedTurns } from '../session/turns.js'
import { openOrFindPullRequest, type PullRequestRef } from '../store/pullRequests.js'
import type { SecretsPolicy } from '../save/request.js'
import { commitMessage } from './commitMessage.js'
import { secretsScreen, type EditsScan } from './editsSecrets.js'
import { applyPolicyToText } from './publicText.js'

export type { AddedTurns, CommitResult }

type PublishMode = 'push' | 'pull-request' | 'none'

/** Opens the pull request from `head` into `base`, or finds the open one. */
export type PullRequestOpener = (pr: {
  head: string
  base: string
  title: string
  body: string
}) => Promise<PullRequestRef>

export interface PublishEditsRequest {
  /** `push`, `pull-request` or `none`, as the user wrote it: checked here. */
  mode: string
  /** The workspace Claude edited. */
  cwd: string
  branch: string
  configDir: string
  env?: NodeJS.ProcessEnv
  /** Claude's session; when not a UUID, the newest session recorded on `branch` is used. */
  sessionId?: string
  /** Where the restored transcript ended: the turns after it are this run's (0: all of them). */
  transcriptBytes?: number
  prompt: string
  conclusion: string
  /** The workflow run's page, named in the commit message. */
  runUrl?: string
  /** The triggering event is about a pull request (pull_request, or a comment on one). */
  pullRequestEvent?: boolean
  /** `owner/name` of the pull request's head repository when it is not this repository. */
  fork?: string
  /** The sha of `refs/pull/N/merge` when that is the ref the run was triggered on. */
  mergeCommit?: string
  openPullRequest: PullRequestOpener
  /**
   * claude-code-action ran in tag mode, where Claude commits and pushes its own edits with the git
   * tools tag mode grants (src/modes/tag/index.ts in v1): nothing is committed a second time.
   */
  tagMode?: boolean
  /** The secrets policy of the save, applied to what the commit adds (default warn). */
  secrets?: SecretsPolicy
  /** Literal strings that must never be committed, e.g. the run's own GitHub token. */
  extraSecrets?: string[]
  log: Logger
}

/** What happened to Claude's edits: one row of the decision table. */
export type EditsOutcome =
  | { kind: 'not-committed'; reason: 'mode-none' }
  /** claude-code-action's tag mode committed and pushed Claude's edits itself. */
  | { kind: 'not-committed'; reason: 'tag-mode' }
  | { kind: 'not-committed'; reason: 'not-a-work-tree'; cwd: string }
  | { kind: 'not-pushed'; reason: 'fork'; fork: string }
  | { kind: 'not-pushed'; reason: 'merge-commit' }
  /** HEAD holds commits the branch does not: another branch is checked out. */
  | { kind: 'not-pushed'; reason: 'not-on-branch'; branch: string; head: string }
  | { kind: 'no-changes'; leftOut: string[]; withheld: string[] }
  | { kind: 'pushed'; branch: string; sha: string; rebased: boolean; commit: CommitResult }
  | { kind: 'pull-request'; sha: string; pullRequest: PullRequestRef; commit: CommitResult }
  /** The token may not push or open the pull request: a warning, not a failed step. */
  | { kind: 'refused'; error: PermissionError }
  | { kind: 'failed'; error: unknown }

export interface PublishEditsResult {
  /** The session found (the request's, or the one discovered); undefined when none was. */
  sessionId?: string
  /** The turns this run added to the transcript, when it could be read. */
  turns?: AddedTurns
  edits: EditsOutcome
  /**
   * The commit at the tip of the remote branch after the push (rebased or not): set only once
   * the commit reached the remote, never for a commit that exists only in the workspace.
   */
  commitSha?: string
  /** True once the commit reached the remote, even when opening the pull request then failed. */
  pushed: boolean
  pullRequestUrl?: string
  /** What the secret scan of the commit found (all findings, whatever the policy did). */
  scan: EditsScan
}

/**
 * After Claude: finds the session and the turns it added, commits what Claude changed in the
 * workspace and pushes it to the session's branch, or to `claude-session/<branch>` with a pull
 * request into the branch. A push the branch refused because it moved is rebased and retried once
 * (pushBranch.ts). Never throws: a failure is the `refused` or `failed` outcome, with whatever was
 * done before it, because the conversation is saved by the next step either way.
 */
export async function publishEdits(request: PublishEditsRequest): Promise<PublishEditsResult> {
  const result: PublishEditsResult = {
    sessionId: request.sessionId || undefined,
    pushed: false,
    edits: { kind: 'not-committed', reason: 'mode-none' },
    scan: { findings: [], unscanned: [] }
  }
  try {
    const projectDir = await projectDirFor(request.configDir, request.cwd, request.env)
    if (!isSessionId(result.sessionId ?? ''))
      result.sessionId = (await discoverSession({ projectDir, branch: request.branch }))?.sessionId
    if (result.sessionId)
      result.turns = await readAddedTurns(
        join(projectDir, `${result.sessionId}.jsonl`),
        request.transcriptBytes ?? 0
      ).catch(() => undefined)
    const mode = parseMode(request.mode)
    const message = commitMessage({
      prompt: request.prompt,
      sessionId: result.sessionId ?? '',
      conclusion: request.conclusion,
      runUrl: request.runUrl
    })
    result.edits = await publish(request, mode, message, result)
  } catch (error) {
    result.edits =
      error instanceof PermissionError ? { kind: 'refused', error } : { kind: 'failed', error }
  }
  return result
}

async function publish(
  request: PublishEditsRequest,
  mode: PublishMode,
  message: string,
  progress: PublishEditsResult
): Promise<EditsOutcome> {
  const { cwd, branch } = request
  if (request.tagMode) return { kind: 'not-committed', reason: 'tag-mode' }
  if (mode === 'none') return { kind: 'not-committed', reason: 'mode-none' }
  const fork = request.fork
  if (fork) return { kind: 'not-pushed', reason: 'fork', fork }
  if ((await git(cwd, ['rev-parse', '--is-inside-work-tree'])).code !== 0)
    return { kind: 'not-committed', reason: 'not-a-work-tree', cwd }
  if (await onMergeCommit(cwd, request.mergeCommit))
    return { kind: 'not-pushed', reason: 'merge-commit' }
  // Checked before anything is committed: both modes put the commit on top of `branch`.
  const history = await branchHistory(cwd, branch)
  if (history.kind === 'elsewhere')
    return { kind: 'not-pushed', reason: 'not-on-branch', branch, head: history.head }
  const shown = await publicMessage(request, message)
  const commit = await commitEdits({
    cwd,
    message: shown,
    // On pull requests v1 resets these to the base branch, unstaged (docs/facts.md#token-bots-and-pull-requests).
    exclude: request.pullRequestEvent ? RESET_ON_PULL_REQUESTS : [],
    screen: secretsScreen({
      cwd,
      policy: request.secrets ?? 'warn',
      extraSecrets: request.extraSecrets ?? [],
      log: request.log,
      scan: progress.scan
    })
  })
  if (!commit || !commit.sha)
    return { kind: 'no-changes', leftOut: commit?.leftOut ?? [], withheld: commit?.withheld ?? [] }
  if (mode === 'push') {
    const pushed = await pushToBranch({ cwd, branch })
    progress.commitSha = pushed.sha
    progress.pushed = true
    return { kind: 'pushed', branch, sha: pushed.sha, rebased: pushed.rebased, commit }
  }
  const head = `claude-session/${branch}`
  const pushed = await pushToBranch({ cwd, branch: head })
  progress.commitSha = pushed.sha
  progress.pushed = true
  const pullRequest = await request.openPullRequest({
    head,
    base: branch,
    title: shown.split('\n')[0]!,
    body: shown
  })
  progress.pullRequestUrl = pullRequest.url
  return { kind: 'pull-request', sha: pushed.sha, pullRequest, commit }
}

/** The commit message under the secrets policy: it becomes part of the repository's history. */
async function publicMessage(request: PublishEditsRequest, message: string): Promise<string> {
  const policy = request.secrets ?? 'warn'
  const checked = await applyPolicyToText(
    message,
    'the commit message',
    policy,
    request.extraSecrets ?? [],
    request.log
  )
  if (checked.text === undefined)
    throw new SecretsFoundError(
      'Refusing to commit Claude\'s edits: the commit message (the prompt\'s first line) holds a possible secret, so nothing was committed or pushed. Rephrase the prompt, or use the secrets policy "redact".'
    )
  return checked.text
}

function parseMode(mode: string): PublishMode {
  if (mode === 'push' || mode === 'pull-request' || mode === 'none') return mode
  throw new UsageError(`The publish-edits input must be push, pull-request or none, got "${mode}".`)
}

/**
 * On pull_request events actions/checkout checks out `refs/pull/N/merge`, a merge of the branch
 * into its base that exists only on GitHub (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request):
 * pushing it would merge the base into the branch.
 */
async function onMergeCommit(cwd: string, mergeCommit: string | undefined): Promise<boolean> {
  if (!mergeCommit) return false
  return (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim() === mergeCommit
}

/** The opener the actions use: GitHub's pulls API with the run's token (needs `pull-requests: write`). */
export function gitHubPullRequestOpener(options: {
  token: string
  /** `owner/name`; a function so that it is read only when a pull request is opened. */
  repository: () => string
  apiUrl?: string
  log?: Logger
}): PullRequestOpener {
  return (pr) =>
    openOrFindPullRequest({
      token: options.token,
      repository: options.repository(),
      apiUrl: options.apiUrl,
      log: options.log,
      ...pr
    })
}
