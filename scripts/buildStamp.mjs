// What a bundle says about itself (src/version.ts reads it): where the project lives, from
// package.json's `repository`, and which release or commit the bundle was built from, from git.
// Used by scripts/bundle.mjs (stamps the bundle) and scripts/release.mjs (writes the home).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the bundle keeps its stamp beside the code that carries it. */
export const STAMP_FILE = join('dist', 'runners', 'build-stamp.json')

/**
 * OWNER/NAME and host of a GitHub URL: https://host/o/r(.git), git+https://…, git@host:o/r(.git),
 * ssh://git@host(:port)/o/r(.git), github:o/r. Undefined for anything else.
 */
export function parseGitHubUrl(url) {
  const text = String(url ?? '').trim()
  const short = /^github:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text)
  if (short) return { host: 'github.com', repository: `${short[1]}/${short[2]}` }
  const match =
    /^(?:git\+)?(?:https?:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|(?:git\+)?ssh:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/|[^@\s/]+@([^:/]+):)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
      text
    )
  if (!match) return undefined
  const host = (match[1] ?? match[2] ?? match[3]).toLowerCase()
  return { host, repository: `${match[4]}/${match[5]}` }
}

/** The home named by package.json's `repository` (a string or `{ url }`), if any. */
export function homeOf(pkg) {
  const repository = pkg.repository
  return parseGitHubUrl(typeof repository === 'string' ? repository : repository?.url)
}

/** package.json's `repository`, `homepage` and `bugs` for a home. */
export function homeFields({ host, repository }) {
  const web = `https://${host}/${repository}`
  return {
    repository: { type: 'git', url: `git+${web}.git` },
    homepage: `${web}#readme`,
    bugs: { url: `${web}/issues` }
  }
}

function git(root, ...args) {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return ''
  }
}

/**
 * The stamp: `{ home, tag }` for a release (its tag `v<version>` is on the source commit, or
 * `releaseTag` says it is being made), else `{ home, commit, dirty }`. The source commit is the
 * newest commit that changed anything but dist/: the commit that adds a bundle changes only
 * dist/, so a fresh bundle there is the same bytes as the one committed.
 */
export function buildStamp(root, pkg, releaseTag) {
  const home = homeOf(pkg)
  const tag = `v${pkg.version}`
  if (releaseTag === tag) return { home, tag }
  // A shallow clone cannot tell which commit last changed anything but dist/. The committed bundle
  // says which (STAMP_FILE): a check of dist/ in such a clone (CI) rebuilds the same bytes; a new
  // bundle there, with no stamp to go on, is refused.
  if (git(root, 'rev-parse', '--is-shallow-repository') === 'true') {
    try {
      return JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'))
    } catch {
      throw new Error(
        'bundle: a shallow clone cannot stamp the bundle; fetch the history (git fetch --unshallow)'
      )
    }
  }
  const commit = git(root, 'log', '-1', '--format=%H', '--', '.', ':(exclude)dist') || undefined
  if (commit && git(root, 'tag', '--points-at', commit).split('\n').includes(tag))
    return { home, tag }
  const dirty = commit
    ? git(root, 'status', '--porcelain', '--', '.', ':(exclude)dist') !== ''
    : false
  return { home, commit, ...(dirty ? { dirty } : {}) }
}
