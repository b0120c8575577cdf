// The whole trip with the real Claude Code CLI, offline: a conversation started on a "laptop"
// (its own HOME and cwd) is pushed with the bundled CLI to the Releases emulator, restored by the
// bundled restore action into a "runner" HOME and workspace, resumed there by `claude -p --resume`,
// saved by the bundled save action, and pulled back to the laptop as a fast-forward.
//
// Claude never reaches the network: ANTHROPIC_BASE_URL points at a loopback stand-in of the
// Messages API, with the switches docs/facts.md's opening paragraph names (no nonessential traffic, no
// auto-update, no retries) and a timeout on every run.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { claudeBinaryPath, CLAUDE_CODE_VERSION, INSTALL_HINT } from '../support/claudeBinary.js'
import {
  messageTexts,
  startMessagesStandIn,
  type MessagesStandIn
} from '../support/messagesStandIn.js'
import { runProcess as run, type ProcessResult as RunResult } from '../support/processes.js'
import { runAction as runBundledAction } from '../support/runAction.js'
import { useEmulator } from '../support/syncHarness.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = (entry: string) => join(root, 'dist', entry, 'index.js')

const REPO = 'octo/e2e-app'
const BRANCH = 'feature/e2e-trip'
// Distinctive phrases, so the stand-in's records show which turns Claude Code sent.
const LAPTOP_PHRASE = 'Remember the codename TANGERINE-WALRUS-7731 for the migration.'
const RUNNER_PHRASE = 'Continue on the runner: list the steps for AURORA-PELICAN-5208.'

const CLAUDE_TIMEOUT_MS = 60_000
const NODE_TIMEOUT_MS = 30_000

function describeRun(what: string, r: RunResult): string {
  return `${what} exited ${r.code ?? r.signal}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`
}

function expectSuccess(what: string, r: RunResult): void {
  if (r.code !== 0) throw new Error(describeRun(what, r))
}

// Claude Code's project folder name for a short path (docs/facts.md#project-folder: every character outside
// [A-Za-z0-9] becomes '-').
function projectFolder(home: string, cwd: string): string {
  return join(home, '.claude', 'projects', cwd.replace(/[^A-Za-z0-9]/g, '-'))
}

const binary = claudeBinaryPath()
const missing = !binary
  ? `the Claude Code CLI ${CLAUDE_CODE_VERSION} is not installed in .cache/claude-code: ${INSTALL_HINT}`
  : !['restore', 'save', 'cli'].every((entry) => existsSync(dist(entry)))
    ? 'dist/ is missing: run `npm run bundle`'
    : undefined

if (missing && process.env.CI === 'true') {
  describe('real Claude Code end to end', () => {
    it('has what it needs', () => {
      throw new Error(`Cannot run the real-client end-to-end test: ${missing}`)
    })
  })
} else if (missing) {
  // Jest lists a skipped test only under --verbose: say why on one line, so a skip is never silent.
  process.stderr.write(`real Claude Code end to end: skipped, ${missing}\n`)
  describe.skip(`real Claude Code end to end (skipped: ${missing})`, () => {
    it('carries a conversation from a laptop to a runner and back', () => undefined)
  })
} else {
  describe('real Claude Code end to end', () => {
    const claude = binary as string
    let tmp: string
    let standIn: MessagesStandIn
    const { emu: emulator } = useEmulator({ repos: { [REPO]: ['main', BRANCH] } })

    beforeAll(async () => {
      // Physical path: Claude Code names project folders after the realpath of the cwd.
      tmp = await realpath(await mkdtemp(join(tmpdir(), 'claude-session-e2e-')))
      // Claude Code leaves folders and sockets in its TMPDIR: keep them inside `tmp`.
      await mkdir(join(tmp, 'tmp'))
      standIn = await startMessagesStandIn()
    })

    afterAll(async () => {
      await standIn?.close()
      if (tmp) await rm(tmp, { recursive: true, force: true })
    })

    // Only what each program needs: nothing from the host's GitHub or Claude configuration leaks in.
    function baseEnv(home: string): Record<string, string> {
      return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        TMPDIR: join(tmp, 'tmp'),
        LANG: 'C.UTF-8'
      }
    }

    function claudeEnv(home: string): Record<string, string> {
      return {
        ...baseEnv(home),
        ANTHROPIC_BASE_URL: standIn.url,
        ANTHROPIC_API_KEY: 'dummy',
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
        DISABLE_AUTOUPDATER: '1',
        CLAUDE_CODE_MAX_RETRIES: '0'
      }
    }

    function githubEnv(home: string): Record<string, string> {
      return {
        ...baseEnv(home),
        GH_TOKEN: emulator.tokens.write,
        GITHUB_API_URL: emulator.apiUrl,
        GITHUB_GRAPHQL_URL: emulator.graphqlUrl
      }
    }

    // The runner protocol (docs/facts.md#javascript-actions), as support/runAction.ts plays it, in the workspace.
    async function runAction(
      entry: 'restore' | 'save',
      home: string,
      workspace: string,
      inputs: Record<string, string>
    ): Promise<{
      result: RunResult
      outputs: Record<string, string>
      env: Record<string, string>
    }> {
      const env: Record<string, string> = {
        ...baseEnv(home),
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: emulator.apiUrl,
        GITHUB_GRAPHQL_URL: emulator.graphqlUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: REPO,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REF_NAME: BRANCH,
        GITHUB_HEAD_REF: '',
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
      }
      const result = await runBundledAction(entry, inputs, env, {
        cwd: workspace,
        timeoutMs: NODE_TIMEOUT_MS
      })
      return { result, outputs: result.outputs, env: result.env }
    }

    it('carries a conversation from a laptop to a runner and back', async () => {
      const laptopHome = join(tmp, 'laptop', 'home')
      const laptopCwd = join(tmp, 'laptop', 'src', 'e2e-app')
      const runnerHome = join(tmp, 'runner', 'home')
      const runnerCwd = join(tmp, 'runner', 'work', 'e2e-app', 'e2e-app')
      for (const dir of [laptopHome, laptopCwd, runnerHome, runnerCwd]) {
        await mkdir(dir, { recursive: true })
      }

      // (a) A real conversation on the laptop.
      const first = await run(claude, ['-p', LAPTOP_PHRASE], {
        cwd: laptopCwd,
        env: claudeEnv(laptopHome),
        timeoutMs: CLAUDE_TIMEOUT_MS
      })
      expectSuccess('claude -p on the laptop', first)
      const laptopFolder = projectFolder(laptopHome, laptopCwd)
      const transcripts = (await readdir(laptopFolder)).filter((f) => f.endsWith('.jsonl'))
      expect(transcripts).toHaveLength(1)
      const sessionId = (transcripts[0] as string).replace(/\.jsonl$/, '')
      const laptopTranscript = join(laptopFolder, `${sessionId}.jsonl`)
      const laptopBytes = await readFile(laptopTranscript)
      expect(laptopBytes.toString('utf8')).toContain('TANGERINE-WALRUS-7731')

      // (b) Push it from the laptop with the bundled CLI.
      const push = await run(
        process.execPath,
        [dist('cli'), 'push', BRANCH, '--session', sessionId, '--repo', REPO],
        { cwd: laptopCwd, env: githubEnv(laptopHome), timeoutMs: NODE_TIMEOUT_MS }
      )
      expectSuccess('claude-session push', push)

      // (c) Restore it on the "runner" into the workspace Claude will run in.
      const restore = await runAction('restore', runnerHome, runnerCwd, {
        branch: BRANCH,
        'github-token': emulator.tokens.write,
        repository: REPO,
        path: runnerCwd,
        'session-id': '',
        'fail-on-missing': 'true',
        'encryption-key': ''
      })
      expectSuccess('restore action', restore.result)
      expect(restore.outputs['restored']).toBe('true')
      expect(restore.outputs['session-id']).toBe(sessionId)
      expect(restore.env['SESSION_ID']).toBe(sessionId)

      // (d) The real Claude Code resumes it there, and sends the laptop's turn to the model.
      const sentBefore = standIn.requests.length
      const resume = await run(claude, ['-p', '--resume', sessionId, RUNNER_PHRASE], {
        cwd: runnerCwd,
        env: claudeEnv(runnerHome),
        timeoutMs: CLAUDE_TIMEOUT_MS
      })
      expectSuccess('claude -p --resume on the runner', resume)
      const resumed = standIn.messageRequests(sentBefore)
      expect(resumed.length).toBeGreaterThan(0)
      const sent = messageTexts(resumed[0]!).join('\n')
      expect(sent).toContain('TANGERINE-WALRUS-7731')
      expect(sent).toContain(standIn.reply)
      expect(sent).toContain('AURORA-PELICAN-5208')
      // Claude Code extended the transcript in the workspace's own project folder: where
      // `--resume` looks first, `--continue` looks only, and save looks. (Since 2.1.223 `--resume`
      // also finds a unique id in any other project folder, so a resume alone cannot tell.)
      const runnerTranscript = join(projectFolder(runnerHome, runnerCwd), `${sessionId}.jsonl`)
      if (!existsSync(runnerTranscript)) {
        throw new Error(
          `No transcript at ${runnerTranscript}: restore did not install it into the project ` +
            `folder of the directory Claude runs in`
        )
      }
      expect(await readFile(runnerTranscript, 'utf8')).toContain('AURORA-PELICAN-5208')

      // (e) Save the extended transcript, then pull it back to the laptop.
      const save = await runAction('save', runnerHome, runnerCwd, {
        branch: BRANCH,
        'github-token': emulator.tokens.write,
        repository: REPO,
        path: runnerCwd,
        'session-id': sessionId,
        force: 'false',
        'encryption-key': '',
        secrets: 'warn'
      })
      expectSuccess('save action', save.result)
      expect(save.outputs['saved']).toBe('true')
      expect(save.outputs['session-id']).toBe(sessionId)

      const pull = await run(
        process.execPath,
        [dist('cli'), 'pull', BRANCH, '--session', sessionId, '--cwd', laptopCwd, '--repo', REPO],
        { cwd: laptopCwd, env: githubEnv(laptopHome), timeoutMs: NODE_TIMEOUT_MS }
      )
      expectSuccess('claude-session pull', pull)

      // A fast-forward: the laptop's bytes untouched at the front, the runner's turn after them.
      const pulled = await readFile(laptopTranscript)
      expect(pulled.length).toBeGreaterThan(laptopBytes.length)
      expect(pulled.subarray(0, laptopBytes.length).equals(laptopBytes)).toBe(true)
      expect(pulled.subarray(laptopBytes.length).toString('utf8')).toContain('AURORA-PELICAN-5208')
      const backups = (await readdir(laptopFolder)).filter((f) => f.endsWith('.bak'))
      expect(backups).toEqual([])
    }, 120_000)
  })
}
