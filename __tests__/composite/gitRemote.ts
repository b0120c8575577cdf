import { execFile } from 'node:child_process'
import { cp, mkdir, writeFile } from 'node:fs/promises'
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

/** One built origin per branch name, for this test file (jest loads modules per file). */
const built = new Map<string, Promise<string>>()

/**
 * A bare repository as `origin`, with `main` and `branch` holding one commit each: a copy of one
 * built once per test file, so every test still gets a repository of its own to push to.
 */
export async function bareOrigin(root: string, branch: string): Promise<string> {
  let template = built.get(branch)
  if (!template) {
    template = scratchDir('origin-template').then((dir) => buildOrigin(dir, branch))
    built.set(branch, template)
  }
  const origin = join(root, 'origin.git')
  await cp(await template, origin, { recursive: true })
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
