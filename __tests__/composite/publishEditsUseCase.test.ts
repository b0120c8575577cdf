/**
 * The publish-edits use case in process (src/edits/publishEdits.ts): one test per row of its
 * decision table, against a bare repository as origin. The pull request opener is the use case's
 * own seam (a plain function); the bundled step with the real Octokit is publishEdits.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PermissionError, SecretsFoundError, UsageError } from '../../src/errors.js'
import { silentLogger, type Logger } from '../../src/log.js'
import { secretShapes } from '../archive/secretShapes.js'
import {
  publishEdits,
  type PublishEditsRequest,
  type PullRequestOpener
} from '../../src/edits/publishEdits.js'
import { makeMachine, placeSynthetic, scratchDir } from '../support/claudeHome.js'
import { bareOrigin, git, protectBranch, pushFromElsewhere } from './gitRemote.js'

const BRANCH = 'feature/login'

// The use case runs git with this process's environment: keep the machine's own config out.
const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM }
beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = '/dev/null'
  process.env.GIT_CONFIG_NOSYSTEM = '1'
})
afterAll(() => {
  for (const [key, value] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.nosystem]
  ] as const)
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
})

const noPullRequests: PullRequestOpener = () => {
  throw new Error('no pull request expected')
}

/** A checkout of BRANCH from a bare origin, with a Claude session recorded on it. */
async function workspace() {
  const machine = await makeMachine('publish-use-case')
  const origin = await bareOrigin(await scratchDir('publish-origin'), BRANCH, {
    cloneInto: machine.cwd
  })
  const session = await placeSynthetic(machine, { branch: BRANCH, prompt: 'Add a greeting' })
  const request = (overrides: Partial<PublishEditsRequest> = {}): PublishEditsRequest => ({
    mode: 'push',
    cwd: machine.cwd,
    branch: BRANCH,
    configDir: machine.configDir,
    env: {},
    prompt: 'Add a greeting',
    conclusion: 'success',
    openPullRequest: noPullRequests,
    log: silentLogger,
    ...overrides
  })
  return { machine, origin, session, request, tip: () => git(origin, 'rev-parse', BRANCH) }
}

describe('publishEdits, the use case', () => {
  it('finds the session on the branch and reads only the turns after the restored bytes', async () => {
    const { session, request } = await workspace()
    const firstTurn = session.content.split('\n').slice(0, 2).join('\n') + '\n'
    const result = await publishEdits(
      request({ mode: 'none', transcriptBytes: Buffer.byteLength(firstTurn) })
    )
    expect(result.sessionId).toBe(session.sessionId)
    expect(result.turns).toMatchObject({ prompts: ['question 1'], finalAnswer: 'answer 1' })
    expect(result.edits).toEqual({ kind: 'not-committed', reason: 'mode-none' })
    expect(result.pushed).toBe(false)
  })

  it('pushes a commit of every change to the branch, as the tip of the remote', async () => {
    const { machine, session, request, tip } = await workspace()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const result = await publishEdits(request())
    expect(result.edits).toMatchObject({ kind: 'pushed', branch: BRANCH, rebased: false })
    expect(result.pushed).toBe(true)
    expect(result.commitSha).toBe(await tip())
    const message = await git(machine.cwd, 'log', '-1', '--format=%B')
    expect(message).toBe(`Claude: Add a greeting\n\nClaude Code session: ${session.sessionId}`)
  })

  it('rebases onto a branch that moved while Claude worked, and pushes', async () => {
    const { machine, origin, request, tip } = await workspace()
    await pushFromElsewhere(origin, await scratchDir('elsewhere'), BRANCH, 'other.txt', 'x\n')
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const result = await publishEdits(request())
    expect(result.edits).toMatchObject({ kind: 'pushed', rebased: true })
    expect(result.commitSha).toBe(await tip())
    expect(await git(origin, 'ls-tree', '--name-only', BRANCH)).toBe(
      'README.md\ngreeting.txt\nother.txt'
    )
  })

  it('says there is nothing to commit when Claude changed nothing', async () => {
    const { request, tip } = await workspace()
    const before = await tip()
    const result = await publishEdits(request())
    expect(result.edits).toEqual({ kind: 'no-changes', leftOut: [], withheld: [] })
    expect(result.commitSha).toBeUndefined()
    expect(await tip()).toBe(before)
  })

  it('leaves out what claude-code-action resets on pull requests, even when it is all', async () => {
    const { machine, request, tip } = await workspace()
    const before = await tip()
    await writeFile(join(machine.cwd, 'CLAUDE.md'), 'base version\n')
    const result = await publishEdits(request({ pullRequestEvent: true }))
    expect(result.edits).toEqual({ kind: 'no-changes', leftOut: ['CLAUDE.md'], withheld: [] })
    expect(await tip()).toBe(before)
  })

  it.each([
    ['a pull request from a fork', { fork: 'mallory/app' }, { kind: 'not-pushed', reason: 'fork' }],
    ['a workspace outside git', { cwd: '' }, { kind: 'not-committed', reason: 'not-a-work-tree' }]
  ] as const)('touches nothing for %s', async (_, overrides, expected) => {
    const { machine, request, tip } = await workspace()
    const before = await tip()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const cwd = 'cwd' in overrides ? await scratchDir('not-git') : machine.cwd
    const result = await publishEdits(request({ ...overrides, cwd }))
    expect(result.edits).toMatchObject(expected)
    expect(result.commitSha).toBeUndefined()
    expect(await tip()).toBe(before)
  })

  it("never commits on the pull request's merge commit", async () => {
    const { machine, request, tip } = await workspace()
    const before = await tip()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const head = await git(machine.cwd, 'rev-parse', 'HEAD')
    const result = await publishEdits(request({ pullRequestEvent: true, mergeCommit: head }))
    expect(result.edits).toEqual({ kind: 'not-pushed', reason: 'merge-commit' })
    expect(await git(machine.cwd, 'rev-parse', 'HEAD')).toBe(head)
    expect(await tip()).toBe(before)
    // Another sha named as the merge commit is not this checkout: the edits are pushed.
    const other = await publishEdits(
      request({ pullRequestEvent: true, mergeCommit: 'f'.repeat(40) })
    )
    expect(other.edits.kind).toBe('pushed')
  })

  it('pushes to claude-session/<branch> and opens a pull request into the branch', async () => {
    const { machine, origin, request, tip } = await workspace()
    const before = await tip()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const asked: Parameters<PullRequestOpener>[0][] = []
    const result = await publishEdits(
      request({
        mode: 'pull-request',
        openPullRequest: async (pr) => {
          asked.push(pr)
          return { number: 3, url: 'https://github.com/octo/app/pull/3', created: true }
        }
      })
    )
    expect(asked).toEqual([
      {
        head: `claude-session/${BRANCH}`,
        base: BRANCH,
        title: 'Claude: Add a greeting',
        body: expect.stringContaining('Claude Code session:')
      }
    ])
    expect(result.edits).toMatchObject({ kind: 'pull-request', pullRequest: { number: 3 } })
    expect(result.pullRequestUrl).toBe('https://github.com/octo/app/pull/3')
    expect(result.commitSha).toBe(await git(origin, 'rev-parse', `claude-session/${BRANCH}`))
    expect(await tip()).toBe(before)
  })

  it('reports a refused pull request as refused, keeping the commit it pushed', async () => {
    const { machine, origin, request } = await workspace()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const refusal = new PermissionError('GitHub refused to open the pull request (403).')
    const result = await publishEdits(
      request({ mode: 'pull-request', openPullRequest: () => Promise.reject(refusal) })
    )
    expect(result.edits).toEqual({ kind: 'refused', error: refusal })
    expect(result.pushed).toBe(true)
    expect(result.commitSha).toBe(await git(origin, 'rev-parse', `claude-session/${BRANCH}`))
    expect(result.pullRequestUrl).toBeUndefined()
  })

  it('fails on an unknown mode after reading the turns, without committing', async () => {
    const { machine, session, request } = await workspace()
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const head = await git(machine.cwd, 'rev-parse', 'HEAD')
    const result = await publishEdits(request({ mode: 'merge', sessionId: session.sessionId }))
    expect(result.edits.kind).toBe('failed')
    expect((result.edits as { error: unknown }).error).toBeInstanceOf(UsageError)
    expect(result.turns?.finalAnswer).toBe('answer 1')
    expect(await git(machine.cwd, 'rev-parse', 'HEAD')).toBe(head)
  })

  it("refuses to push another branch's checkout to the branch, even when the push is rejected (issue 21.4)", async () => {
    const { machine, origin, request, tip } = await workspace()
    // main gains a commit of its own; the checkout is main, the branch input names the feature.
    await pushFromElsewhere(origin, await scratchDir('on-main'), 'main', 'main-only.txt', 'm\n')
    await git(machine.cwd, 'fetch', '--quiet', 'origin', 'main')
    await git(machine.cwd, 'checkout', '--quiet', '-B', 'main', 'FETCH_HEAD')
    // The feature moves too, so the first push of HEAD:feature is rejected as behind.
    await pushFromElsewhere(origin, await scratchDir('on-feature'), BRANCH, 'other.txt', 'x\n')
    const before = await tip()
    const head = await git(machine.cwd, 'rev-parse', 'HEAD')
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')

    const result = await publishEdits(request())

    expect(result.edits).toEqual({
      kind: 'not-pushed',
      reason: 'not-on-branch',
      branch: BRANCH,
      head
    })
    expect(result.pushed).toBe(false)
    expect(result.commitSha).toBeUndefined()
    expect(await tip()).toBe(before)
    expect(await git(origin, 'ls-tree', '--name-only', BRANCH)).toBe('README.md\nother.txt')
    // Nothing committed either: the edit is still in the work tree for the save and the person.
    expect(await git(machine.cwd, 'rev-parse', 'HEAD')).toBe(head)
    expect(await git(machine.cwd, 'status', '--porcelain')).toBe('?? greeting.txt')
  })

  describe('the secrets policy over what the commit adds (issue 21.4)', () => {
    const key = secretShapes().find((s) => s.kind === 'anthropic api key')!.text
    /** Claude's edit, an untracked .env with an API key, and an ignored file with one. */
    async function editsWithEnv() {
      const w = await workspace()
      await writeFile(join(w.machine.cwd, '.gitignore'), 'debug.log\n')
      await git(w.machine.cwd, 'add', '.gitignore')
      await git(w.machine.cwd, 'commit', '--quiet', '-m', 'ignore logs')
      await git(w.machine.cwd, 'push', '--quiet', 'origin', `HEAD:refs/heads/${BRANCH}`)
      await writeFile(join(w.machine.cwd, 'greeting.txt'), 'hello\n')
      await writeFile(join(w.machine.cwd, '.env'), `PORT=3000\nANTHROPIC_API_KEY=${key}\n`)
      await writeFile(join(w.machine.cwd, 'debug.log'), `key ${key}\n`)
      const warnings: string[] = []
      const log: Logger = { ...silentLogger, warning: (m) => warnings.push(m) }
      return { ...w, warnings, log }
    }
    const tree = (origin: string) => git(origin, 'ls-tree', '-r', '--name-only', BRANCH)

    it('warn: commits and pushes, listing each finding by file and line', async () => {
      const { origin, request, warnings, log } = await editsWithEnv()
      const result = await publishEdits(request({ secrets: 'warn', log }))
      expect(result.edits.kind).toBe('pushed')
      expect(await tree(origin)).toBe('.env\n.gitignore\nREADME.md\ngreeting.txt')
      expect(result.scan.findings).toEqual([{ ruleId: 'anthropic', file: '.env', line: 2 }])
      expect(warnings).toContain("Possible secret (anthropic) at .env:2 in Claude's edits")
      expect(warnings.join('\n')).not.toContain(key)
    })

    it('fail: commits nothing and pushes nothing', async () => {
      const { machine, request, tip, log } = await editsWithEnv()
      const before = await tip()
      const head = await git(machine.cwd, 'rev-parse', 'HEAD')
      const result = await publishEdits(request({ secrets: 'fail', log }))
      expect(result.edits.kind).toBe('failed')
      const error = (result.edits as { error: Error }).error
      expect(error).toBeInstanceOf(SecretsFoundError)
      expect(error.message).toContain('.env')
      expect(error.message).not.toContain(key)
      expect(result.commitSha).toBeUndefined()
      expect(await tip()).toBe(before)
      expect(await git(machine.cwd, 'rev-parse', 'HEAD')).toBe(head)
      // Unstaged again: the work tree is as Claude left it.
      expect(await git(machine.cwd, 'diff', '--cached', '--name-only')).toBe('')
      expect(await readFile(join(machine.cwd, '.env'), 'utf8')).toContain(key)
    })

    it('redact: pushes the other files and names the one left out', async () => {
      const { machine, origin, request, log } = await editsWithEnv()
      const result = await publishEdits(request({ secrets: 'redact', log }))
      expect(result.edits).toMatchObject({
        kind: 'pushed',
        commit: { files: ['greeting.txt'], withheld: ['.env'] }
      })
      expect(await tree(origin)).toBe('.gitignore\nREADME.md\ngreeting.txt')
      expect(await git(machine.cwd, 'status', '--porcelain')).toBe('?? .env')
    })

    it('a secret already in the last commit is not a finding of this commit', async () => {
      const { machine, origin, request, log } = await editsWithEnv()
      await git(machine.cwd, 'add', '--force', '.env')
      await git(machine.cwd, 'commit', '--quiet', '-m', 'the env (by a person)')
      await git(machine.cwd, 'push', '--quiet', 'origin', `HEAD:refs/heads/${BRANCH}`)
      await writeFile(join(machine.cwd, '.env'), `PORT=4000\nANTHROPIC_API_KEY=${key}\n`)
      const result = await publishEdits(request({ secrets: 'fail', log }))
      expect(result.edits.kind).toBe('pushed')
      expect(result.scan.findings).toEqual([])
      expect(await git(origin, 'show', `${BRANCH}:.env`)).toContain('PORT=4000')
    })
  })

  it('names no commit when the push was refused (issue 21.5)', async () => {
    const { machine, origin, request, tip } = await workspace()
    const before = await tip()
    await protectBranch(origin)
    await writeFile(join(machine.cwd, 'greeting.txt'), 'hello\n')
    const result = await publishEdits(request())
    expect(result.edits.kind).toBe('refused')
    expect(result.pushed).toBe(false)
    expect(result.commitSha).toBeUndefined()
    expect(await tip()).toBe(before)
  })
})
