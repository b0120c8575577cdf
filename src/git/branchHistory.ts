import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { PushError } from '../errors.js'
import { git } from './git.js'

/** Where the checkout stands against the remote branch it is about to be pushed to. */
export type BranchHistory =
  /** The remote has no such branch: a push creates it from the checkout. */
  | { kind: 'absent' }
  /** HEAD is the branch's tip or a commit of its history: Claude's commit belongs on it. */
  | { kind: 'on-branch'; tip: string }
  /** HEAD holds commits the branch does not (another branch is checked out). */
  | { kind: 'elsewhere'; tip: string; head: string }

/**
 * Fetches `branch` from `remote` and tells whether HEAD lies on its history. Only then may a
 * commit on HEAD go to the branch: a push of another branch's HEAD is refused as non-fast-forward,
 * and rebasing it onto the branch would replay that other branch's commits there.
 * In a shallow clone (actions/checkout's default depth 1) the fetch brings the commits between
 * HEAD and the tip, so the ancestry test still answers.
 */
export async function branchHistory(
  cwd: string,
  branch: string,
  remote = 'origin'
): Promise<BranchHistory> {
  const listed = await git(cwd, ['ls-remote', '--exit-code', remote, `refs/heads/${branch}`])
  // `--exit-code`: 2 when the remote answered and has no such ref.
  if (listed.code === 2) return { kind: 'absent' }
  if (listed.code !== 0)
    throw new PushError(`Reading ${branch} on ${remote} failed: ${listed.stderr.trim()}`)
  const fetched = await git(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`])
  if (fetched.code !== 0)
    throw new PushError(`Fetching ${branch} from ${remote} failed: ${fetched.stderr.trim()}`)
  const tip = (await git(cwd, ['rev-parse', 'FETCH_HEAD'])).stdout.trim()
  const head = (await git(cwd, ['rev-parse', 'HEAD'])).stdout.trim()
  const ancestor = await git(cwd, ['merge-base', '--is-ancestor', 'HEAD', 'FETCH_HEAD'])
  return ancestor.code === 0 ? { kind: 'on-branch', tip } : { kind: 'elsewhere', tip, head }
}

/** Writes the blob `HEAD:<path>` (a file as the last commit holds it) to `dest`, byte for byte. */
export async function writeCommittedFile(cwd: string, path: string, dest: string): Promise<void> {
  const child = spawn('git', ['cat-file', 'blob', `HEAD:${path}`], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const out = createWriteStream(dest, { mode: 0o600 })
  child.stdout.pipe(out)
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const [code] = (await once(child, 'close')) as [number | null]
  if (!out.writableFinished) await once(out, 'finish')
  if (code !== 0)
    throw new PushError(`Reading ${path} from the last commit failed: ${stderr.trim()}`)
}

/** The commit HEAD names in `cwd`, or undefined outside a git work tree (or before a first commit). */
export async function headCommit(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD'])
  return result.code === 0 ? result.stdout.trim() || undefined : undefined
}

/** What happened on the checkout's history since `since`. */
export type ChangesSince =
  | { kind: 'same' }
  /** The checkout does not have the commit: a shallow clone, or history rewritten by a force-push. */
  | { kind: 'unknown' }
  /** The commit is known but HEAD does not descend from it (a rebase or force-push moved the branch). */
  | { kind: 'not-ancestor' }
  | {
      kind: 'moved'
      /** `<short sha> <subject>`, newest first, at most `maxCommits`. */
      commits: string[]
      /** How many commits there are in all. */
      total: number
      /** `git diff --stat` from the commit to HEAD, at most `maxFiles` files. */
      stat: string
    }

/** The commits and files changed from `since` to HEAD, bounded. */
export async function changesSince(
  cwd: string,
  since: string,
  limits: { maxCommits: number; maxFiles: number },
  /** The commit to compare with: HEAD, or a branch tip fetched apart from the checkout. */
  target = 'HEAD'
): Promise<ChangesSince> {
  if (!/^[0-9a-f]{7,64}$/i.test(since)) return { kind: 'unknown' }
  const head = (
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${target}^{commit}`])
  ).stdout.trim()
  if (!head) return { kind: 'unknown' }
  if (head.startsWith(since.toLowerCase())) return { kind: 'same' }
  if ((await git(cwd, ['cat-file', '-e', `${since}^{commit}`])).code !== 0)
    return { kind: 'unknown' }
  if ((await git(cwd, ['merge-base', '--is-ancestor', since, head])).code !== 0)
    return { kind: 'not-ancestor' }
  const range = `${since}..${head}`
  const total = Number((await git(cwd, ['rev-list', '--count', range])).stdout.trim()) || 0
  const log = await git(cwd, [
    'log',
    '--no-color',
    `--max-count=${limits.maxCommits}`,
    '--format=%h %s',
    range
  ])
  const stat = await git(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    `--stat=100`,
    `--stat-count=${limits.maxFiles}`,
    since,
    head
  ])
  return {
    kind: 'moved',
    commits: log.stdout.split('\n').filter(Boolean),
    total,
    stat: stat.stdout.replace(/\s+$/, '')
  }
}

/** Fetches `branch` from `remote` and returns its tip, or undefined when that fails. */
export async function fetchBranchTip(
  cwd: string,
  branch: string,
  remote = 'origin'
): Promise<string | undefined> {
  const fetched = await git(cwd, ['fetch', '--quiet', remote, `refs/heads/${branch}`])
  if (fetched.code !== 0) return undefined
  return (await git(cwd, ['rev-parse', 'FETCH_HEAD'])).stdout.trim() || undefined
}
