import * as core from '@actions/core'
import { context } from '@actions/github'
import { join } from 'node:path'
import { PermissionError, UsageError } from '../errors.js'
import { commitEdits, RESET_ON_PULL_REQUESTS, type CommitResult } from '../git/commitEdits.js'
import { git } from '../git/git.js'
import { pushToBranch } from '../git/pushBranch.js'
import { claudeConfigDir, discoverSession, isSessionId, projectDirFor } from '../session/index.js'
import { readAddedTurns, type AddedTurns } from '../session/turns.js'
import { openOrFindPullRequest } from '../store/pullRequests.js'
import { userMessage } from '../errors.js'
import { writeRunReport } from './runReport.js'

type Mode = 'push' | 'pull-request' | 'none'

/**
 * After Claude: commits what it changed in the workspace and pushes it to the session's branch
 * (or a pull request), reports the conclusion (never empty: v1 sets its own only on success,
 * docs/facts.md), and writes the run's job summary. A push the branch refused because it moved is
 * rebased and retried once; failing that, this step fails, and the save step still runs.
 */
export async function run(): Promise<void> {
  const conclusion = core.getInput('conclusion') || outcomeAsConclusion(core.getInput('outcome'))
  core.setOutput('conclusion', conclusion)
  const branch =
    core.getInput('branch') || process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || ''
  const cwd = core.getInput('path') || process.env.GITHUB_WORKSPACE || process.cwd()
  const restored = core.getInput('restored') === 'true'
  let sessionId = core.getInput('session-id')
  let turns: AddedTurns | undefined
  let edits = 'none'
  let failure: string | undefined
  try {
    const projectDir = await projectDirFor(claudeConfigDir(process.env), cwd)
    if (!isSessionId(sessionId))
      sessionId = (await discoverSession({ projectDir, branch }))?.sessionId ?? ''
    if (sessionId) {
      const from = restored ? Number(core.getInput('transcript-bytes') || '0') : 0
      turns = await readAddedTurns(join(projectDir, `${sessionId}.jsonl`), from).catch(
        () => undefined
      )
    }
    if (turns?.finalAnswer) core.setOutput('answer', turns.finalAnswer.slice(0, 60_000))
    edits = await publish({
      mode: readMode(),
      cwd,
      branch,
      message: commitMessage(core.getInput('prompt'), sessionId, conclusion)
    })
  } catch (error) {
    if (error instanceof PermissionError) {
      edits = `not pushed: ${error.message}`
      core.warning(error.message)
    } else {
      failure = userMessage(error)
      edits = `not pushed: ${failure}`
    }
  }
  core.info(`Edits: ${edits}`)
  await writeRunReport({
    branch,
    sessionId: sessionId || undefined,
    restored,
    restoredVersion: core.getInput('restored-version') || undefined,
    conclusion,
    turns,
    edits
  })
  if (failure) core.setFailed(`${failure} The session is saved by the next step.`)
}

async function publish(options: {
  mode: Mode
  cwd: string
  branch: string
  message: string
}): Promise<string> {
  const { mode, cwd, branch } = options
  if (mode === 'none') return 'not committed (publish-edits: none)'
  const fork = forkPullRequest()
  if (fork)
    return `not pushed: this pull request comes from the fork ${fork}, and a workflow token cannot push there`
  if ((await git(cwd, ['rev-parse', '--is-inside-work-tree'])).code !== 0)
    return `not committed: ${cwd} is not a git work tree (add actions/checkout before this step)`
  if (await onMergeCommit(cwd))
    return "not pushed: the workspace is the pull request's merge commit (actions/checkout's default on pull_request), and pushing it would merge the base into the branch; check out the branch with `ref: ${{ github.head_ref }}`"
  const commit = await commitEdits({
    cwd,
    message: options.message,
    // On pull requests v1 resets these to the base branch, unstaged (docs/facts.md).
    exclude: isPullRequestEvent() ? RESET_ON_PULL_REQUESTS : []
  })
  if (!commit || !commit.sha) return `no changes to commit${leftOutNote(commit)}`
  core.setOutput('commit', commit.sha)
  if (mode === 'push') {
    const pushed = await pushToBranch({ cwd, branch })
    core.setOutput('commit', pushed.sha)
    core.setOutput('pushed', 'true')
    return `commit ${pushed.sha.slice(0, 12)} pushed to ${branch}${pushed.rebased ? ` (rebased onto the moved ${branch})` : ''}, ${count(commit)}${leftOutNote(commit)}`
  }
  const head = `claude-session/${branch}`
  const pushed = await pushToBranch({ cwd, branch: head })
  core.setOutput('commit', pushed.sha)
  core.setOutput('pushed', 'true')
  const pr = await openOrFindPullRequest({
    token: core.getInput('github-token'),
    repository: core.getInput('repository') || `${context.repo.owner}/${context.repo.repo}`,
    apiUrl: process.env.GITHUB_API_URL,
    head,
    base: branch,
    title: options.message.split('\n')[0]!,
    body: options.message
  })
  core.setOutput('pull-request', pr.url)
  return `commit ${pushed.sha.slice(0, 12)} ${pr.created ? 'opened' : 'added to'} pull request #${pr.number} (${pr.url}), ${count(commit)}`
}

/** `Claude: <prompt's first line>` and the session, so `git log` leads back to the conversation. */
export function commitMessage(prompt: string, sessionId: string, conclusion: string): string {
  const first =
    prompt
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? 'continue the session'
  const subject = `Claude: ${first.length > 72 ? `${first.slice(0, 71)}…` : first}`
  const body = [`Claude Code session: ${sessionId || '(unknown)'}`]
  if (conclusion !== 'success')
    body.push(
      `Claude's run ended with "${conclusion}": these are the edits it made before stopping.`
    )
  if (process.env.GITHUB_RUN_ID)
    body.push(
      `Run: ${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
    )
  return `${subject}\n\n${body.join('\n')}\n`
}

function readMode(): Mode {
  const mode = core.getInput('publish-edits') || 'push'
  if (mode === 'push' || mode === 'pull-request' || mode === 'none') return mode
  throw new UsageError(`The publish-edits input must be push, pull-request or none, got "${mode}".`)
}

/** `success`/`failure` from the step's outcome when claude-code-action left its output empty. */
function outcomeAsConclusion(outcome: string): string {
  return outcome === 'success' ? 'success' : outcome === 'cancelled' ? 'cancelled' : 'failure'
}

/** The event payload as @actions/github reads it (GITHUB_EVENT_PATH). */
function isPullRequestEvent(): boolean {
  const payload = context.payload as { pull_request?: unknown; issue?: { pull_request?: unknown } }
  return Boolean(payload.pull_request ?? payload.issue?.pull_request)
}

/**
 * On pull_request events actions/checkout checks out `refs/pull/N/merge`, a merge of the branch
 * into its base that exists only on GitHub (https://docs.github.com/en/actions/reference/events-that-trigger-workflows#pull_request).
 */
async function onMergeCommit(cwd: string): Promise<boolean> {
  if (!/^refs\/pull\/\d+\/merge$/.test(context.ref ?? '')) return false
  return (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim() === context.sha
}

function forkPullRequest(): string | undefined {
  const pr = context.payload.pull_request as
    { head?: { repo?: { full_name?: string } } } | undefined
  const head = pr?.head?.repo?.full_name
  const self = process.env.GITHUB_REPOSITORY
  return head && self && head !== self ? head : undefined
}

function count(commit: CommitResult): string {
  return `${commit.files.length} file${commit.files.length === 1 ? '' : 's'}`
}

function leftOutNote(commit: CommitResult | undefined): string {
  return commit && commit.leftOut.length > 0
    ? `; left out ${commit.leftOut.join(', ')} (claude-code-action resets these to the base branch on pull requests)`
    : ''
}
