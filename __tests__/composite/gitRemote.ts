import { execFile } from 'node:child_process'
import { chmod, cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { scratchDir } from '../support/claudeHome.js'

const exec = promisify(execFile)

/** A person's identity for the test's own commits (the action commits as github-actions[bot]). */
const PERSON = {
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, env: { ...process.env, ...PERSON } })
  return stdout.trim()
}

/** A bare repository at `origin`, with `main` and `branch` holding one commit each. */
async function buildOrigin(root: string, branch: string): Promise<string> {
  const origin = join(root, 'origin.git')
  await mkdir(origin, { recursive: true })
  await git(origin, 'init', '--quiet', '--bare', '-b', 'main')
  const seed = join(root, 'seed')
  await git(root, 'clone', '--quiet', origin, seed)
  await writeFile(join(seed, 'README.md'), '# app\n')
  await git(seed, 'add', '-A')
  await git(seed, 'commit', '--quiet', '-m', 'first')
  await git(seed, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main', `HEAD:refs/heads/${branch}`)
  return origin
}

interface Template {
  origin: string
  /** `git clone --branch <branch>` of `origin`. */
  clone: string
}

/** One origin and clone per branch name, built once per test file (jest loads modules per file). */
const built = new Map<string, Promise<Template>>()

function template(branch: string): Promise<Template> {
  let made = built.get(branch)
  if (!made) {
    made = (async () => {
      const dir = await scratchDir('origin-template')
      const origin = await buildOrigin(dir, branch)
      const clone = join(dir, 'clone')
      await git(dir, 'clone', '--quiet', '--branch', branch, origin, clone)
      return { origin, clone }
    })()
    built.set(branch, made)
  }
  return made
}

/**
 * A bare repository as `origin`, with `main` and `branch` holding one commit each, and with
 * `cloneInto` what `git clone --branch <branch> <origin>` makes there. Both are copies of ones
 * built once per test file (the clone's remote then names this origin), so every test still gets
 * an origin and a checkout of its own.
 */
export async function bareOrigin(
  root: string,
  branch: string,
  options: { cloneInto?: string } = {}
): Promise<string> {
  const made = await template(branch)
  const origin = join(root, 'origin.git')
  await cp(made.origin, origin, { recursive: true })
  if (options.cloneInto !== undefined) {
    await cp(made.clone, options.cloneInto, { recursive: true })
    const config = join(options.cloneInto, '.git', 'config')
    const text = await readFile(config, 'utf8')
    if (!text.includes(`url = ${made.origin}\n`))
      throw new Error(`The template clone's config does not name ${made.origin}:\n${text}`)
    await writeFile(config, text.replace(`url = ${made.origin}\n`, `url = ${origin}\n`))
  }
  return origin
}

/** Someone else pushes a commit to `branch` (the branch moves under the run). */
export async function pushFromElsewhere(
  origin: string,
  dir: string,
  branch: string,
  file: string,
  content: string
): Promise<string> {
  await git(join(dir, '..'), 'clone', '--quiet', '--branch', branch, origin, dir)
  await writeFile(join(dir, file), content)
  await git(dir, 'add', '-A')
  await git(dir, 'commit', '--quiet', '-m', `someone else changed ${file}`)
  await git(dir, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`)
  return git(dir, 'rev-parse', 'HEAD')
}

/** What GitHub answers a push to a protected branch (GH006), from a pre-receive hook. */
export async function protectBranch(origin: string, branch = 'feature/login'): Promise<void> {
  const hook = join(origin, 'hooks', 'pre-receive')
  await writeFile(
    hook,
    `#!/bin/sh\necho "error: GH006: Protected branch update failed for refs/heads/${branch}." >&2\necho "error: Changes must be made through a pull request." >&2\nexit 1\n`
  )
  await chmod(hook, 0o755)
}
