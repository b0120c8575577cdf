import { changesSince, fetchBranchTip } from '../git/branchHistory.js'

/** The note stays short: a few KB at most reach the resumed Claude (and the job summary). */
const BRANCH_CONTEXT_BYTES = 4096
const MAX_COMMITS = 20
const MAX_FILES = 30

/**
 * What changed on the branch since the session was saved at `savedCommit` (the metadata's
 * `commit`), as a few lines for the resumed Claude and the job summary: the commits (one line
 * each) and a `git diff --stat`, when the checkout's history holds that commit and HEAD moved;
 * one line when the commit is unknown to the checkout or no longer on its history; nothing when
 * HEAD is that commit or none was recorded.
 */
export async function branchContext(
  cwd: string,
  savedCommit: string | undefined,
  /**
   * Compare with this branch's tip on origin rather than HEAD: in tag mode on issue_comment the
   * checkout is still the default branch, and claude-code-action checks out the pull request's
   * branch only later (src/github/operations/branch.ts in v1).
   */
  branch?: string
): Promise<string[]> {
  if (!savedCommit) return []
  const short = savedCommit.slice(0, 12)
  const target = branch ? await fetchBranchTip(cwd, branch) : 'HEAD'
  const changes = await changesSince(
    cwd,
    savedCommit,
    { maxCommits: MAX_COMMITS, maxFiles: MAX_FILES },
    target ?? 'HEAD'
  ).catch(() => ({ kind: 'unknown' as const }))
  switch (changes.kind) {
    case 'same':
      return []
    case 'unknown':
      return [
        `This conversation was saved at commit ${short}, which this checkout does not have (a shallow clone, or the branch was force-pushed since): what changed on the branch since then is not known.`
      ]
    case 'not-ancestor':
      return [
        `This conversation was saved at commit ${short}, which is no longer on the history of the checked-out branch (it was rebased or force-pushed since): earlier turns may describe code that is gone.`
      ]
    case 'moved': {
      const lines = [
        `Since this conversation was saved at commit ${short}, the branch gained ${changes.total} commit${changes.total === 1 ? '' : 's'} (newest first):`,
        ...changes.commits.map((c) => `- ${c}`)
      ]
      if (changes.total > changes.commits.length)
        lines.push(`- … and ${changes.total - changes.commits.length} older`)
      if (changes.stat)
        lines.push(
          `Files changed (git diff --stat ${short} ${branch ?? 'HEAD'}):`,
          ...changes.stat.split('\n')
        )
      return bounded(lines)
    }
  }
}

/** The lines that fit in BRANCH_CONTEXT_BYTES, with a last line saying some were left out. */
function bounded(lines: string[]): string[] {
  const kept: string[] = []
  let bytes = 0
  for (const whole of lines) {
    const line = whole.length > 300 ? `${whole.slice(0, 299)}…` : whole
    const size = Buffer.byteLength(line) + 1
    if (bytes + size > BRANCH_CONTEXT_BYTES - 80) {
      kept.push('(… cut: run git log and git diff for the rest)')
      break
    }
    kept.push(line)
    bytes += size
  }
  return kept
}
