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
  // OWNER/NAME is checked with everything else in buildRunContext.
  if (explicit) return { repository: explicit, apiUrl: options.env.GITHUB_API_URL }
  const url = await git(['remote', 'get-url', 'origin'], options.cwd)
  const parsed = url ? parseRemoteUrl(url) : undefined
  const host = parsed && new URL(parsed.apiUrl).hostname
  if (host && NOT_GITHUB.test(host)) {
    throw new UsageError(
      `The origin remote is on ${host}, which is not GitHub: claude-session keeps sessions in GitHub releases. ` +
        'Pass --repo OWNER/NAME of a GitHub repository (and GITHUB_API_URL for GitHub Enterprise Server).'
    )
  }
  if (!parsed) {
    throw new UsageError(
      'Could not tell which GitHub repository to use: pass --repo OWNER/NAME (or set GITHUB_REPOSITORY), or run inside a clone whose origin is on GitHub.'
    )
  }
  return { repository: parsed.repository, apiUrl: options.env.GITHUB_API_URL ?? parsed.apiUrl }
}

/**
 * Hosts that are clearly not GitHub. Any other host is taken for a GitHub Enterprise Server,
 * whose API lives at https://HOST/api/v3.
 */
const NOT_GITHUB =
  /(^|\.)(gitlab\.com|bitbucket\.org|codeberg\.org|gitea\.com|gitee\.com|sr\.ht|dev\.azure\.com|visualstudio\.com|sourceforge\.net)$|^(gitlab|bitbucket|gitea|forgejo)\./

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

/**
 * GH_TOKEN, else GITHUB_TOKEN, else what `gh auth token` prints when gh happens to be installed;
 * `source` names where it came from, for messages.
 */
export async function resolveToken(
  env: NodeJS.ProcessEnv
): Promise<{ token: string; source: string }> {
  if (env.GH_TOKEN) return { token: env.GH_TOKEN, source: 'GH_TOKEN' }
  if (env.GITHUB_TOKEN) return { token: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' }
  try {
    const { stdout } = await run('gh', ['auth', 'token'], { env, timeout: 10_000 })
    if (stdout.trim()) return { token: stdout.trim(), source: 'the output of `gh auth token`' }
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
