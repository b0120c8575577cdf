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
  /** Changed paths the screen held back (files with secrets, under the redact policy). */
  withheld: string[]
}

/** A staged change as `git diff --cached --name-status --no-renames` lists it. */
export interface StagedChange {
  /** A added, M modified, D deleted, T type changed. */
  status: string
  path: string
}

/**
 * Looks at the staged changes before the commit is made and returns the paths to leave out of
 * it; a throw commits nothing (everything is unstaged again, the work tree untouched).
 */
export type StagedScreen = (staged: StagedChange[]) => Promise<string[]>

/**
 * Commits every change in the work tree (new, modified and deleted files) except `exclude` and
 * what `screen` holds back, as github-actions[bot]. `git add --all` honours .gitignore. Returns
 * undefined when nothing is left to commit: no change, no commit.
 */
export async function commitEdits(options: {
  cwd: string
  message: string
  exclude?: string[]
  screen?: StagedScreen
}): Promise<CommitResult | undefined> {
  const { cwd } = options
  const excludeSpecs = (options.exclude ?? []).map((p) => `:(exclude,top)${p}`)
  const changed = await changedPaths(cwd, [])
  if (changed.length === 0) return undefined
  await gitOk(cwd, ['add', '--all', '--', ':/', ...excludeSpecs], 'Staging the edits')
  let withheld: string[] = []
  if (options.screen) {
    try {
      withheld = await options.screen(await stagedChanges(cwd))
    } catch (error) {
      await git(cwd, ['reset', '--quiet'])
      throw error
    }
    if (withheld.length > 0)
      await gitOk(
        cwd,
        ['reset', '--quiet', '--', ...withheld.map((p) => `:(top,literal)${p}`)],
        'Leaving files out of the commit'
      )
  }
  const staged = (await stagedChanges(cwd)).map((c) => c.path)
  const leftOut = changed.filter((p) => !staged.includes(p) && !withheld.includes(p))
  if (staged.length === 0) return { sha: '', files: [], leftOut, withheld }
  await gitOk(
    cwd,
    [...BOT_IDENTITY, 'commit', '--no-verify', '--quiet', '-m', options.message],
    'Committing the edits'
  )
  const sha = (await gitOk(cwd, ['rev-parse', 'HEAD'], 'Reading the commit')).trim()
  return { sha, files: staged, leftOut, withheld }
}

/** The staged changes, renames listed as a deletion and an addition. */
async function stagedChanges(cwd: string): Promise<StagedChange[]> {
  const fields = (
    await gitOk(
      cwd,
      ['diff', '--cached', '--name-status', '--no-renames', '-z'],
      'Listing the edits'
    )
  ).split('\0')
  const changes: StagedChange[] = []
  for (let i = 0; i + 1 < fields.length; i += 2)
    if (fields[i]) changes.push({ status: fields[i]!, path: fields[i + 1]! })
  return changes
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
