/**
 * What a user reads: every command's --help (examples, environment, the inherited options, as gh
 * shows them), the top-level help leading with init → continue, one exit code per line, and the
 * same exit code for a bad branch name in every command.
 */
import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import { RunDisplay } from '../../src/cli/commands/runDisplay.js'
import { plural, type Io } from '../../src/cli/io.js'
import { runMain } from '../support/cliRuntime.js'

const COMMANDS = ['init', 'continue', 'push', 'pull', 'list', 'discover', 'delete', 'prune']

describe('--help', () => {
  it.each(COMMANDS)(
    '%s --help shows examples, its environment and the inherited options',
    async (command) => {
      const { code, stdout } = await runMain([command, '--help'], {})
      expect(code).toBe(0)
      expect(stdout).toMatch(/\nExamples:\n {2}claude-session /)
      expect(stdout).toContain('\nEnvironment:\n')
      expect(stdout).toMatch(/\nExit codes:\n {2}0 /)
      for (const inherited of ['-R, --repo <owner/name>', '-q, --quiet', '--verbose'])
        expect(stdout).toContain(inherited)
    }
  )

  it('leads with init → continue, and puts one exit code on each line', async () => {
    const { stdout } = await runMain(['--help'], {})
    const init = stdout.indexOf('claude-session init')
    expect(init).toBeGreaterThan(0)
    expect(init).toBeLessThan(stdout.indexOf('claude-session continue'))
    expect(stdout.indexOf('claude-session continue')).toBeLessThan(
      stdout.indexOf('claude-session push')
    )
    const codes = stdout.slice(stdout.indexOf('Exit codes:')).trim().split('\n').slice(1)
    expect(codes.map((l) => l.trim().split(' ')[0])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '70',
      '130/143'
    ])
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })
})

describe('a branch name git refuses', () => {
  // No request is made: the name is checked first (a token and a repository are given so that
  // nothing else stops the command).
  const env = {
    GH_TOKEN: 'ghp_x',
    GITHUB_REPOSITORY: 'octo/app',
    CLAUDE_CONFIG_DIR: '/nonexistent'
  }
  it.each([
    ['discover', 'feat..x'],
    ['push', 'feat..x'],
    ['pull', 'feat..x'],
    ['list', 'feat..x'],
    ['delete', 'feat..x', '--yes'],
    ['continue', '--branch', 'feat..x', 'go']
  ])('%s exits 2', async (...args) => {
    const { code, stderr } = await runMain(args, env)
    expect(code).toBe(2)
    expect(stderr).toContain('is not a valid git branch name')
  })
})

describe('what commands print', () => {
  it('counts in the singular for one', () => {
    expect(plural(1, 'record')).toBe('1 record')
    expect(plural(2, 'release')).toBe('2 releases')
    expect(plural(0, 'session')).toBe('0 sessions')
  })

  it('shows the run URL once with --no-wait, and says Following for --attach', () => {
    const text = { out: '', err: '' }
    const io: Io = {
      out: (t) => void (text.out += t),
      err: (t) => void (text.err += t),
      interactive: false,
      color: false,
      quiet: false
    }
    const run = {
      id: 7,
      status: 'queued',
      conclusion: null,
      htmlUrl: 'https://x/runs/7',
      headBranch: 'main',
      headSha: 'a',
      createdAt: '2026-01-01T00:00:00Z'
    }
    new RunDisplay(io, false).started(run, { withUrl: false })
    expect(text.err).toBe('Started run 7\n')
    new RunDisplay(io, false).started(run, { attached: true })
    expect(text.err).toBe('Started run 7\nFollowing run 7: https://x/runs/7\n')
  })

  it('--verbose on a refused connection says no answer came, not "500 with id UNKNOWN"', async () => {
    // A port that was just open and is closed now: the connection is refused.
    const server = createServer()
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as { port: number }
    await new Promise((done) => server.close(done))
    const { code, stderr } = await runMain(['--verbose', 'list'], {
      GH_TOKEN: 'ghp_x',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      CLAUDE_SESSION_RETRIES: '0'
    })
    expect(code).toBe(4)
    expect(stderr).toContain('no answer (connection failed)')
    expect(stderr).not.toContain('UNKNOWN')
  })
})
