import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { AuthError, UsageError } from '../errors.js'

const run = promisify(execFile)

export interface RemoteConfig {
  repository: string
  apiUrl?: string
}

/**
 * Repository and API: `--repo`, else GITHUB_REPOSITORY, else the `origin` remote. A GitHub
 * Enterprise Server remote brings its own API URL (`https://HOST/api/v3`); GITHUB_API_URL wins.
 */
export async function resolveRemote(options: {
  repo?: string
  cwd: string
  env: NodeJS.ProcessEnv
}): Promise<RemoteConfig> {
  const explicit = options.repo ?? options.env.GITHUB_REPOSITORY
  if (explicit) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(explicit))
      throw new UsageError(`--repo must be OWNER/NAME, got "${explicit}".`)
    return { repository: explicit, apiUrl: options.env.GITHUB_API_URL }
  }
  const url = await git(['remote', 'get-url', 'origin'], options.cwd)
  const parsed = url ? parseRemoteUrl(url) : undefined
  if (!parsed) {
    throw new UsageError(
      'Could not tell which GitHub repository to use: pass --repo OWNER/NAME (or set GITHUB_REPOSITORY), or run inside a clone whose origin is on GitHub.'
    )
  }
  return { repository: parsed.repository, apiUrl: options.env.GITHUB_API_URL ?? parsed.apiUrl }
}

/** https://host/o/r(.git), git@host:o/r(.git), ssh://git@host(:port)/o/r(.git). */
export function parseRemoteUrl(url: string): { repository: string; apiUrl: string } | undefined {
  const match =
    /^(?:https?:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|[^@\s]+@([^:]+):)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(
      url.trim()
    )
  if (!match) return undefined
  const host = (match[1] ?? match[2] ?? match[3])!.toLowerCase()
  const repository = `${match[4]}/${match[5]}`
  const apiUrl = host === 'github.com' ? 'https://api.github.com' : `https://${host}/api/v3`
  return { repository, apiUrl }
}

/** GH_TOKEN, else GITHUB_TOKEN, else what `gh auth token` prints when gh happens to be installed. */
export async function resolveToken(env: NodeJS.ProcessEnv): Promise<string> {
  const token = env.GH_TOKEN || env.GITHUB_TOKEN
  if (token) return token
  try {
    const { stdout } = await run('gh', ['auth', 'token'], { env, timeout: 10_000 })
    if (stdout.trim()) return stdout.trim()
  } catch {
    // gh is optional: fall through to the explanation below.
  }
  throw new AuthError(
    'No GitHub token. Set one with `export GH_TOKEN=<token>` (a token with access to the repository; `repo` scope or ' +
      'fine-grained "Contents: read and write"), or sign in with `gh auth login`.'
  )
}

/** The current branch; a detached HEAD names none, so the user must. */
export async function currentBranch(cwd: string): Promise<string> {
  // symbolic-ref also names the branch of a repository without commits yet.
  const branch = await git(['symbolic-ref', '--short', '-q', 'HEAD'], cwd)
  if (branch) return branch
  if (await git(['rev-parse', '--git-dir'], cwd)) {
    throw new UsageError(
      'HEAD is detached: name the branch, e.g. `claude-session pull my-feature`.'
    )
  }
  throw new UsageError('Not in a git repository: name the branch, e.g. `claude-session push main`.')
}

async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 10_000 })
    return stdout.trim() || undefined
  } catch {
    return undefined
  }
}
