/**
 * The CLI's edges, run in-process through `main()` against the emulator: bad input is refused
 * with exit 2 before anything is created remotely, local file-system failures and bugs get
 * their own exit codes, and no message echoes a token.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveRemote } from '../../src/cli/config.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import type { Io } from '../../src/cli/io.js'
import { main } from '../../src/cli/main.js'
import { makeMachine, placeSynthetic, removeLater, type Machine } from '../support/claudeHome.js'
import { FORBIDDEN_CHARACTER_NAMES } from '../support/branchNames.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'

const REPO = 'octo/edges'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
afterEach(() => {
  jest.restoreAllMocks()
})

const envFor = (m: Machine, extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
  cliEnv(m, emu, REPO, { PATH: process.env.PATH, ...extra })

/** Runs the CLI in-process, capturing what it writes. */
const cli = runMain

describe('branch names follow git ref-name rules', () => {
  const bad = [
    'bad..branch',
    'a b',
    '-leading-dash',
    'ends.lock',
    'a@{b',
    '@',
    '/lead',
    'trail/',
    'trail.',
    'tab\there',
    'ctrl\u0001char',
    ...FORBIDDEN_CHARACTER_NAMES,
    'a//b',
    'dir/.hidden'
  ]
  it.each(bad)('refuses %j with exit 2 and creates no draft', async (branch) => {
    const m = await makeMachine('edges-branch')
    const { sessionId } = await placeSynthetic(m, { branch: 'main' })
    const run = await cli(['push', '--cwd', m.cwd, '--session', sessionId, '--', branch], envFor(m))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/branch/i)
    expect(emu.releases(REPO)).toHaveLength(0)
  })

  it('refuses a bad branch on pull too', async () => {
    const m = await makeMachine('edges-branch-pull')
    const run = await cli(['pull', '--cwd', m.cwd, 'bad..branch'], envFor(m))
    expect(run.code).toBe(2)
  })
})

describe('session ids must be UUIDs', () => {
  it.each([
    ['push', 'notauuid'],
    ['pull', '../../etc/passwd'],
    ['delete', 'notauuid']
  ])('%s --session %j is a usage error, not "no session"', async (command, id) => {
    const m = await makeMachine('edges-id')
    const args = [command, '--cwd', m.cwd, '--session', id, 'main']
    if (command === 'delete') args.splice(1, 2, '--yes')
    const run = await cli(args, envFor(m))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/session id/i)
  })
})

describe('the API URL and the token are checked before use', () => {
  it.each(['api.github.example', 'ftp://api.github.example', 'https://', 'http://a b/'])(
    'GITHUB_API_URL=%j exits 2 at once',
    async (apiUrl) => {
      const m = await makeMachine('edges-url')
      const run = await cli(['list'], envFor(m, { GITHUB_API_URL: apiUrl }))
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/GITHUB_API_URL/)
    }
  )

  it('refuses a token with whitespace inside without echoing any of it', async () => {
    const m = await makeMachine('edges-token')
    const token = 'ghp_FIRSTPART\nSECOND-LINE-OF-TOKEN'
    const run = await cli(['list'], envFor(m, { GH_TOKEN: token }))
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/token/i)
    expect(run.stderr).not.toContain('FIRSTPART')
    expect(run.stderr).not.toContain('SECOND-LINE')
  })

  it('says an origin on gitlab.com is not GitHub instead of guessing an Enterprise server', async () => {
    const dir = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-gitlab-')))
    execFileSync('git', ['init', '-q', dir])
    execFileSync('git', ['-C', dir, 'remote', 'add', 'origin', 'git@gitlab.com:team/app.git'])
    await expect(resolveRemote({ cwd: dir, env: {} })).rejects.toThrow(/gitlab\.com.*not.*GitHub/i)
  })
})

describe('local file-system failures and bugs have their own exit codes', () => {
  it.each(['EACCES', 'EROFS', 'ENOSPC', 'EPERM', 'EDQUOT'])(
    'a raw %s error is exit 5, not a GitHub failure',
    (code) => {
      const error = Object.assign(new Error(`${code}: failed, open '/x/y'`), { code, path: '/x/y' })
      expect(exitCodeOf(error)).toBe(5)
    }
  )

  it('an unexpected error is a bug (exit 70), not a GitHub failure', () => {
    expect(exitCodeOf(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(70)
  })

  it('a pull whose Claude folder cannot be created exits 5 and names the path', async () => {
    const m = await makeMachine('edges-fs')
    const { sessionId } = await placeSynthetic(m, { branch: 'main' })
    expect(await cli(['push', '--cwd', m.cwd, '--session', sessionId, 'main'], envFor(m))).toEqual(
      expect.objectContaining({ code: 0 })
    )
    const other = await makeMachine('edges-fs-other')
    const blocker = join(other.home, 'not-a-folder')
    await writeFile(blocker, 'a file where the Claude folder should be')
    const run = await cli(
      ['pull', '--cwd', other.cwd, 'main'],
      envFor(other, { CLAUDE_CONFIG_DIR: join(blocker, '.claude') })
    )
    expect(run).toEqual(expect.objectContaining({ code: 5 }))
    expect(run.stderr).toContain(blocker)
  })
})

describe('what the user sees', () => {
  /** An Io whose stdout breaks with a TypeError: an error no code of ours expects. */
  function brokenIo(stderr: string[]): Io {
    return {
      out: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'write')")
      },
      err: (text) => void stderr.push(text),
      interactive: false,
      color: false,
      quiet: false
    }
  }

  it('reports a bug as a bug (exit 70), with the stack only under --verbose', async () => {
    const m = await makeMachine('edges-bug')
    await placeSynthetic(m, { branch: 'main' })
    const quiet: string[] = []
    const code = await main(['node', 'claude-session', 'discover', 'main'], envFor(m), {
      cwd: m.cwd,
      io: brokenIo(quiet)
    })
    expect(code).toBe(70)
    expect(quiet.join('')).toMatch(/bug in claude-session, please report it/)
    expect(quiet.join('')).not.toMatch(/ {4}at /)
    const verbose: string[] = []
    await main(['node', 'claude-session', '--verbose', 'discover', 'main'], envFor(m), {
      cwd: m.cwd,
      io: brokenIo(verbose)
    })
    expect(verbose.join('')).toMatch(/TypeError: Cannot read properties[^\n]*\n {4}at /)
  })

  it('documents push, not its sync alias, and every exit code in --help', async () => {
    const { code, stdout: help } = await runMain(['--help'], {})
    expect(code).toBe(0)
    expect(help).toMatch(/^ {2}push \[options\] \[branch\]/m)
    expect(help).not.toMatch(/sync/)
    for (const code of ['0 done', '4 GitHub', '5 local file-system failure', '70 a bug', '130/143'])
      expect(help).toContain(code)
  })
})
