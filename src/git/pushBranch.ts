import { PermissionError, PushError } from '../errors.js'
import { BOT_IDENTITY } from './commitEdits.js'
import { git, gitOk, type GitResult } from './git.js'

export interface PushResult {
  /** The commit now at the tip of the remote branch. */
  sha: string
  /** True when the branch had moved and the commit was rebased onto it first. */
  rebased: boolean
}

/**
 * Pushes HEAD to `branch` on `remote`. When the branch moved while Claude worked, fetches it,
 * rebases the commit onto it and retries once; a conflict or a second rejection throws PushError
 * with the way out. A denied push (read-only token) throws PermissionError.
 */
export async function pushToBranch(options: {
  cwd: string
  branch: string
  remote?: string
}): Promise<PushResult> {
  const { cwd, branch } = options
  const remote = options.remote ?? 'origin'
  const refspec = `HEAD:refs/heads/${branch}`
  const first = await git(cwd, ['push', '--porcelain', remote, refspec])
  if (first.code === 0) return { sha: await head(cwd), rebased: false }
  if (!isRejectedAsBehind(first)) throw pushFailure(first, branch)

  await gitOk(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`], `Fetching ${branch}`)
  const rebase = await git(cwd, [...BOT_IDENTITY, 'rebase', '--quiet', 'FETCH_HEAD'])
  if (rebase.code !== 0) {
    await git(cwd, ['rebase', '--abort'])
    throw new PushError(
      `The branch ${branch} moved while Claude worked, and Claude's commit does not rebase cleanly onto it (${firstLine(rebase)}). Nothing was pushed; the conversation is still saved, so continue it with a prompt that redoes the edit on the new ${branch}.`
    )
  }
  const second = await git(cwd, ['push', '--porcelain', remote, refspec])
  if (second.code !== 0) {
    if (isRejectedAsBehind(second))
      throw new PushError(
        `The branch ${branch} moved again while Claude's commit was being rebased onto it; nothing was pushed (one retry only). Run the workflow again.`
      )
    throw pushFailure(second, branch)
  }
  return { sha: await head(cwd), rebased: true }
}

async function head(cwd: string): Promise<string> {
  return (await gitOk(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim()
}

/** git's wording for a non-fast-forward push: "[rejected] … (fetch first)" or "(non-fast-forward)". */
function isRejectedAsBehind(result: GitResult): boolean {
  const text = result.stdout + result.stderr
  return /\[rejected\]|non-fast-forward|fetch first/.test(text)
}

function pushFailure(result: GitResult, branch: string): Error {
  const text = result.stdout + result.stderr
  // GitHub answers a GITHUB_TOKEN without contents: write with 403 ("Permission to … denied").
  if (/\b403\b|denied|Authentication failed|could not read Username|protected branch/i.test(text))
    return new PermissionError(
      `Pushing to ${branch} was refused (${firstLine(result)}). The job needs \`permissions: contents: write\` and a checkout that keeps its credentials (actions/checkout's persist-credentials, the default); a protected branch needs a pull request instead (publish-edits: pull-request).`
    )
  return new PushError(`Pushing to ${branch} failed: ${firstLine(result)}`)
}

function firstLine(result: GitResult): string {
  const lines = (result.stderr + '\n' + result.stdout)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('hint:'))
  return (
    lines.find((l) => /error|fatal|conflict|rejected|denied/i.test(l)) ?? lines[0] ?? 'no output'
  )
}
