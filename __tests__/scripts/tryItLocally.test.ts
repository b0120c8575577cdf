/**
 * Trying claude-session without GitHub: `npm run emulator` prints environment lines that the real
 * (bundled) CLI works with, and stops cleanly on Ctrl-C; `npm run demo` runs its whole trip (push,
 * continue with the simulated runner, the pull back, `claude --resume`) to the end. Both run the
 * bundle: `npm run bundle` first.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { makeMachine, placeSynthetic } from '../support/claudeHome.js'
import { runProcess } from '../support/processes.js'
import { repoRoot } from '../support/runAction.js'

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx')
const cli = join(repoRoot, 'dist', 'cli', 'index.js')

describe('npm run emulator', () => {
  it('prints env lines the CLI pushes and lists with, and stops on Ctrl-C', async () => {
    const child = spawn(
      tsx,
      [join(repoRoot, 'scripts', 'emulator.ts'), '--repo', 'octo/try', '--branch', 'feature/x'],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let out = ''
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d))
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)))
    try {
      const env = await new Promise<Record<string, string>>((done, fail) => {
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d
          const lines = [...out.matchAll(/^export (\w+)=(\S+)$/gm)]
          if (lines.length === 4) done(Object.fromEntries(lines.map((m) => [m[1]!, m[2]!])))
        })
        child.on('close', () => fail(new Error(`the emulator ended: ${out}${err}`)))
      })
      expect(Object.keys(env).sort()).toEqual([
        'GH_TOKEN',
        'GITHUB_API_URL',
        'GITHUB_GRAPHQL_URL',
        'GITHUB_REPOSITORY'
      ])
      expect(env.GITHUB_REPOSITORY).toBe('octo/try')
      expect(env.GITHUB_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

      // The newcomer's terminal: their HOME and project, only the pasted lines and PATH.
      const m = await makeMachine('try')
      const { sessionId } = await placeSynthetic(m, { branch: 'feature/x' })
      const shell = { PATH: process.env.PATH ?? '', HOME: m.home, ...env }
      const push = await runProcess(process.execPath, [cli, 'push', 'feature/x'], {
        cwd: m.cwd,
        env: shell
      })
      expect(push.stderr).toBe('')
      expect(push.code).toBe(0)
      const list = await runProcess(process.execPath, [cli, 'list', '--json'], {
        cwd: m.cwd,
        env: shell
      })
      expect(list.code).toBe(0)
      expect(JSON.parse(list.stdout)).toEqual([
        expect.objectContaining({ branch: 'feature/x', sessionId })
      ])
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
    expect(err).toContain('Emulator stopped.')
  }, 120_000)
})

describe('npm run demo', () => {
  it('runs the whole trip to the end: push, continue with a simulated runner, pull back, claude --resume', async () => {
    const demo = await runProcess(tsx, [join(repoRoot, 'scripts', 'demo.ts')], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        TMPDIR: process.env.TMPDIR ?? '/tmp',
        NO_COLOR: '1'
      }
    })
    expect(demo.stderr).toBe('')
    expect(demo.code).toBe(0)
    const id = /session: +([0-9a-f-]{36})/.exec(demo.stdout)?.[1]
    expect(id).toBeDefined()
    expect(demo.stdout).toContain('Uploaded claude-session-')
    expect(demo.stdout).toContain('Run Claude: success')
    expect(demo.stdout).toMatch(/Pulled \d+ new records/)
    expect(demo.stdout).toContain(`&& claude --resume ${id}`)
    expect(demo.stdout).toContain('Cleaned up')
  }, 180_000)
})
