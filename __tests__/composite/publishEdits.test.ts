/**
 * The bundled publish-edits step on its own: pull-request mode against a loopback stand-in of
 * GitHub's pulls endpoints (the real Octokit talks to it), a push the remote refuses, a pull
 * request from a fork, and the files claude-code-action resets on pull-request events.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeLater } from '../support/claudeHome.js'
import { parseFileCommand } from '../support/runAction.js'
import { bareOrigin, git } from './gitRemote.js'
import { bundledEntry } from '../support/freshBundle.js'

const BRANCH = 'feature/login'
const SESSION = '4d5611e5-241a-462a-8d15-5122611a9569'

interface PullRequest {
  number: number
  head: string
  base: string
  title: string
}
const pulls: PullRequest[] = []
let server: Server
let apiUrl = ''

/** GET/POST /repos/octo/app/pulls, as https://docs.github.com/en/rest/pulls/pulls describes. */
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => (body += d.toString()))
    req.on('end', () => {
      const url = new URL(req.url!, 'http://x')
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const html = (n: number) => `https://github.com/octo/app/pull/${n}`
      if (url.pathname !== '/repos/octo/app/pulls') return send(404, { message: 'Not Found' })
      if (req.method === 'GET') {
        const head = url.searchParams.get('head')
        const base = url.searchParams.get('base')
        return send(
          200,
          pulls
            .filter((p) => `octo:${p.head}` === head && p.base === base)
            .map((p) => ({ number: p.number, html_url: html(p.number) }))
        )
      }
      const input = JSON.parse(body) as Omit<PullRequest, 'number'>
      const pr = { ...input, number: pulls.length + 1 }
      pulls.push(pr)
      send(201, { number: pr.number, html_url: html(pr.number) })
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => new Promise<void>((done) => server.close(() => done())))

async function workspace(): Promise<{ origin: string; cwd: string; root: string }> {
  const root = removeLater(await realpath(await mkdtemp(join(tmpdir(), 'claude-session-publish-'))))
  const cwd = join(root, 'work')
  await mkdir(cwd)
  const origin = await bareOrigin(root, BRANCH, { cloneInto: cwd })
  return { origin, cwd, root }
}

async function publish(
  cwd: string,
  inputs: Record<string, string>,
  event: Record<string, unknown> = {},
  extraEnv: Record<string, string> = {}
): Promise<{
  code: number | null
  outputs: Record<string, string>
  stdout: string
  summary: string
}> {
  const files = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-publish-runner-')))
  const paths = { GITHUB_OUTPUT: join(files, 'out'), GITHUB_STEP_SUMMARY: join(files, 'sum') }
  for (const p of Object.values(paths)) await writeFile(p, '')
  await writeFile(join(files, 'event.json'), JSON.stringify(event))
  const all = {
    branch: BRANCH,
    path: cwd,
    prompt: 'Add a greeting',
    'session-id': SESSION,
    conclusion: 'success',
    'github-token': 'ghs_test',
    repository: 'octo/app',
    ...inputs
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: files,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_EVENT_PATH: join(files, 'event.json'),
    GITHUB_EVENT_NAME: event.pull_request ? 'pull_request' : 'workflow_dispatch',
    ...paths,
    ...extraEnv
  }
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(process.execPath, [bundledEntry('publish-edits')], {
    env
  })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return {
    code,
    stdout,
    outputs: parseFileCommand(await readFile(paths.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(paths.GITHUB_STEP_SUMMARY, 'utf8')
  }
}

/** The event of a pull request whose head branch lives in `repository`. */
const pullRequestFrom = (repository: string) => ({
  pull_request: { head: { repo: { full_name: repository } } }
})

describe('publish-edits', () => {
  it('opens a pull request into the branch, then adds to it on the next run', async () => {
    const { origin, cwd } = await workspace()
    await writeFile(join(cwd, 'greeting.txt'), 'hello\n')
    const first = await publish(cwd, { 'publish-edits': 'pull-request' })
    expect(first.code).toBe(0)
    expect(pulls).toEqual([
      {
        number: 1,
        head: `claude-session/${BRANCH}`,
        base: BRANCH,
        title: 'Claude: Add a greeting',
        body: expect.any(String)
      }
    ])
    expect(first.outputs['pull-request']).toBe('https://github.com/octo/app/pull/1')
    expect(await git(origin, 'show', `claude-session/${BRANCH}:greeting.txt`)).toBe('hello')
    // The session's own branch is untouched.
    expect(await git(origin, 'ls-tree', '--name-only', BRANCH)).toBe('README.md')

    // A later run on a fresh checkout of the branch adds its commit on top of the open pull request.
    const { cwd: again } = await workspace().then(async (w) => {
      await git(w.cwd, 'remote', 'set-url', 'origin', origin)
      await git(w.cwd, 'fetch', '--quiet', 'origin')
      await git(w.cwd, 'reset', '--quiet', '--hard', `origin/${BRANCH}`)
      return w
    })
    await writeFile(join(again, 'second.txt'), 'two\n')
    const second = await publish(again, { 'publish-edits': 'pull-request', prompt: 'Second step' })
    expect(second.code).toBe(0)
    expect(pulls).toHaveLength(1)
    expect(second.summary).toContain('added to pull request #1')
    expect(await git(origin, 'log', '--format=%s', `claude-session/${BRANCH}`)).toBe(
      'Claude: Second step\nClaude: Add a greeting\nfirst'
    )
  })

  it('says why nothing was pushed when the remote refuses the token, without failing the job', async () => {
    const { origin, cwd } = await workspace()
    // What GitHub answers a token without contents: write ("Permission to … denied … 403").
    const hook = join(origin, 'hooks', 'pre-receive')
    await writeFile(
      hook,
      '#!/bin/sh\necho "Permission to octo/app.git denied to github-actions[bot]." >&2\nexit 1\n'
    )
    await chmod(hook, 0o755)
    await writeFile(join(cwd, 'greeting.txt'), 'hello\n')
    const run = await publish(cwd, {})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::warning::')
    expect(run.summary).toContain('not pushed')
    expect(run.summary).toContain('contents: write')
    expect(run.outputs.pushed).toBe('false')
  })

  it('pushes nothing for a pull request from a fork, and says so', async () => {
    const { origin, cwd } = await workspace()
    const before = await git(origin, 'rev-parse', BRANCH)
    await writeFile(join(cwd, 'greeting.txt'), 'hello\n')
    const run = await publish(cwd, {}, pullRequestFrom('mallory/app'))
    expect(run.code).toBe(0)
    expect(run.summary).toContain('comes from the fork mallory/app')
    expect(await git(origin, 'rev-parse', BRANCH)).toBe(before)
  })

  it('leaves the config files claude-code-action resets on pull requests out of the commit', async () => {
    const { origin, cwd } = await workspace()
    await writeFile(join(cwd, 'CLAUDE.md'), 'base version\n')
    await mkdir(join(cwd, '.claude'))
    await writeFile(join(cwd, '.claude', 'settings.json'), '{}\n')
    await writeFile(join(cwd, 'greeting.txt'), 'hello\n')
    const run = await publish(cwd, {}, pullRequestFrom('octo/app'))
    expect(run.code).toBe(0)
    expect(await git(origin, 'ls-tree', '--name-only', BRANCH)).toBe('README.md\ngreeting.txt')
    expect(run.summary).toContain('left out')
    expect(run.outputs.conclusion).toBe('success')
  })

  it("never pushes the pull request's merge commit that actions/checkout checks out by default", async () => {
    const { origin, cwd } = await workspace()
    const before = await git(origin, 'rev-parse', BRANCH)
    await writeFile(join(cwd, 'greeting.txt'), 'hello\n')
    const run = await publish(cwd, {}, pullRequestFrom('octo/app'), {
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SHA: await git(cwd, 'rev-parse', 'HEAD')
    })
    expect(run.code).toBe(0)
    expect(run.summary).toContain("the pull request's merge commit")
    expect(await git(origin, 'rev-parse', BRANCH)).toBe(before)
  })

  it('reports failure, not an empty conclusion, when claude-code-action set none', async () => {
    const { cwd } = await workspace()
    const run = await publish(cwd, { conclusion: '', outcome: 'failure' })
    expect(run.outputs.conclusion).toBe('failure')
  })
})
