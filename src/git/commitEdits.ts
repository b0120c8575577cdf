import { PushError } from '../errors.js'
import { git, gitOk } from './git.js'

/** GitHub's own identity for commits made with GITHUB_TOKEN (the user id 41898282 is github-actions[bot]). */
const BOT_NAME = 'github-actions[bot]'
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com'

/** `-c` options that make the bot the author and committer of this one command only. */
export const BOT_IDENTITY = ['-c', `user.name=${BOT_NAME}`, '-c', `user.email=${BOT_EMAIL}`]

/**
 * The paths claude-code-action v1.0.200 resets to the base branch before Claude runs on a pull
 * request, leaving the reset unstaged (SENSITIVE_PATHS in its src/github/operations/restore-config.ts;
 * docs/facts.md#token-bots-and-pull-requests). Committing them would push a silent revert of the author's own config.
 */
export const RESET_ON_PULL_REQUESTS = [
  '.claude',
  '.mcp.json',
  '.claude.json',
  '.gitmodules',
  '.ripgreprc',
  'CLAUDE.md',
  'CLAUDE.local.md',
  '.husky'
]

export interface CommitResult {
  sha: string
  /** Paths the commit changes. */
  files: string[]
  /** Changed paths deliberately left out of the commit. */
  leftOut: string[]
}

/**
 * Commits every change in the work tree (new, modified and deleted files) except `exclude`, as
 * github-actions[bot]. Returns undefined when nothing is left to commit: no change, no commit.
 */
export async function commitEdits(options: {
  cwd: string
  message: string
  exclude?: string[]
}): Promise<CommitResult | undefined> {
  const { cwd } = options
  const excludeSpecs = (options.exclude ?? []).map((p) => `:(exclude,top)${p}`)
  const changed = await changedPaths(cwd, [])
  if (changed.length === 0) return undefined
  await gitOk(cwd, ['add', '--all', '--', ':/', ...excludeSpecs], 'Staging the edits')
  const staged = (await gitOk(cwd, ['diff', '--cached', '--name-only', '-z'], 'Listing the edits'))
    .split('\0')
    .filter(Boolean)
  const leftOut = changed.filter((p) => !staged.includes(p))
  if (staged.length === 0) return { sha: '', files: [], leftOut }
  await gitOk(
    cwd,
    [...BOT_IDENTITY, 'commit', '--no-verify', '--quiet', '-m', options.message],
    'Committing the edits'
  )
  const sha = (await gitOk(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim()
  return { sha, files: staged, leftOut }
}

/** Paths with any change, untracked files included (porcelain v1, NUL-separated, renames as two). */
async function changedPaths(cwd: string, pathspec: string[]): Promise<string[]> {
  const result = await git(cwd, [
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    ...pathspec
  ])
  if (result.code !== 0)
    throw new PushError(`Reading the work tree's changes failed: ${result.stderr.trim()}`)
  const entries = result.stdout.split('\0').filter(Boolean)
  const paths: string[] = []
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    paths.push(entry.slice(3))
    // A rename or copy is followed by its source path.
    if (entry[0] === 'R' || entry[0] === 'C') paths.push(entries[++i]!)
  }
  return [...new Set(paths)]
}
