import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runContinue, type ContinueOptions } from '../../src/cli/commands/continue.js'
import type { CommandRuntime } from '../../src/cli/context.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { saveSession } from '../../src/save/save.js'
import {
  actionRunner,
  appendTurn,
  type RunnerFaces,
  type RunnerScript
} from '../support/actionRunner.js'
import { makeMachine, placeSynthetic, removeLater, type Machine } from '../support/claudeHome.js'
import { startEmulator, type Emulator } from '../../emulator/releasesEmulator.js'
import { checkRest, type DescriptionName } from '../../emulator/description.js'
import { emulatorContext } from '../support/syncHarness.js'
import { workflowsEmulator, type WorkflowsEmulator } from '../../emulator/workflowsEmulator.js'
import { bundledEntry } from '../support/freshBundle.js'

const REPO = 'octo/continue'
const WORKFLOW = 'claude-continue.yml'
let emu: Emulator
let workflows: WorkflowsEmulator

beforeAll(async () => {
  workflows = workflowsEmulator()
  emu = await startEmulator({ routes: workflows.routes })
  emu.addRepo(REPO, { branches: ['main', 'feature/x'] })
  workflows.addWorkflow(REPO, WORKFLOW)
  workflows.setLogin(emu.tokens.write, 'alice')
})
afterAll(async () => emu.close())
beforeEach(() => {
  workflows.ghes = false
  workflows.onDispatch = undefined
  workflows.violations.length = 0
})
// Every request the command sent fits GitHub's published REST description.
afterEach(() => {
  expect(workflows.violations).toEqual([])
  expect(emu.violations).toEqual([])
})

interface Outcome {
  code: number
  out: string
  err: string
  error?: Error
}

function commandEnv(laptop: Machine, captured: { out: string; err: string }): CommandRuntime {
  return {
    cwd: laptop.cwd,
    tempDir: () => removeLater(mkdtempSync(join(tmpdir(), 'claude-session-continue-'))),
    env: {
      PATH: process.env.PATH,
      GH_TOKEN: emu.tokens.write,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl,
      GITHUB_REPOSITORY: REPO,
      CLAUDE_CONFIG_DIR: laptop.configDir,
      CLAUDE_SESSION_RETRIES: '0'
    },
    io: {
      out: (t) => void (captured.out += t),
      err: (t) => void (captured.err += t),
      interactive: false,
      color: false,
      quiet: false
    }
  }
}

async function cont(
  laptop: Machine,
  options: Partial<ContinueOptions>,
  extraEnv: Record<string, string> = {},
  hooks: Parameters<typeof runContinue>[2] = {}
): Promise<Outcome> {
  const captured = { out: '', err: '' }
  const runtime = commandEnv(laptop, captured)
  Object.assign(runtime.env, extraEnv)
  try {
    await runContinue({ prompt: [], interval: 0.01, ...options }, runtime, hooks)
    return { code: 0, ...captured }
  } catch (error) {
    return { code: exitCodeOf(error), ...captured, error: error as Error }
  }
}

let branches = 0
/** A laptop with a session on a branch of its own: tests share the repository, not the draft. */
async function laptopWithSession() {
  const branch = `topic-${++branches}`
  const laptop = await makeMachine('laptop')
  const session = await placeSynthetic(laptop, { branch, turns: 2 })
  return { laptop, branch, ...session }
}

/** Who runs the dispatched runs: see RunnerFaces (in-process unless a test needs the bundle). */
function useRunner(script: RunnerScript = {}, faces: RunnerFaces = 'in-process'): void {
  workflows.runner = actionRunner(emu, workflows, REPO, script, faces)
}

const lastRun = () => workflows.runs[workflows.runs.length - 1]!

describe('claude-session continue', () => {
  it('pushes, starts the workflow, follows it and fast-forwards the laptop to what the run added', async () => {
    // The whole trip, the run included, as in production: the bundled restore and save actions.
    useRunner({ pushesCommit: true }, 'bundled')
    const { laptop, branch, sessionId, transcriptPath, content } = await laptopWithSession()
    // --resume hands over to `claude --resume <id>`: a stand-in on PATH records how it was called.
    const bin = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-bin-')))
    await writeFile(join(bin, 'claude'), `#!/bin/sh\necho "$PWD $*" > "${bin}/called"\n`, {
      mode: 0o755
    })
    const result = await cont(
      laptop,
      { branch, prompt: ['Fix', 'the', 'test'], resume: true },
      { PATH: `${bin}:${process.env.PATH}` }
    )
    expect(result.error).toBeUndefined()
    expect(await readFile(join(bin, 'called'), 'utf8')).toBe(
      `${laptop.cwd} --resume ${sessionId}\n`
    )
    const run = lastRun()
    expect(workflows.dispatches.at(-1)).toEqual({
      repo: REPO,
      status: 200,
      body: {
        ref: branch,
        inputs: { prompt: 'Fix the test', branch },
        return_run_details: true
      }
    })
    const after = await readFile(transcriptPath, 'utf8')
    expect(after.startsWith(content)).toBe(true)
    // Each restore into another directory adds a `relocated` row, as Claude Code does (docs/facts.md#moving-a-session).
    const added = after
      .slice(content.length)
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type)
    expect(added.filter((t) => t !== 'relocated')).toEqual(['user', 'assistant'])
    expect(result.err).toContain(`actions/runs/${run.id}`)
    expect(result.err).toContain('completed (success) · continue › Complete job')
    expect(result.err).toContain(`Pulled ${added.length} new records (1 turn)`)
    expect(result.out).toContain('Done: Fix the test')
    expect(result.out).toContain('git pull')
    expect(result.out).toContain(workflows.branchHead(REPO, branch).slice(0, 7))
    expect(result.out.trim().endsWith(`claude --resume ${sessionId}`)).toBe(true)
  })

  it('finds the run it started on a server that answers 204, not the one someone else started', async () => {
    workflows.ghes = true
    useRunner()
    // Someone else starts the same workflow on the same branch at the same moment: a newer run.
    workflows.onDispatch = (run) =>
      void workflows.addRun(REPO, { branch: run.branch, actor: 'bob', conclusion: 'failure' })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const result = await cont(laptop, { branch, prompt: ['Go', 'on'] })
    expect(result.error).toBeUndefined()
    expect(workflows.dispatches.at(-1)!.status).toBe(204)
    const ours = workflows.runs.find((r) => r.actor === 'alice' && r.inputs.prompt === 'Go on')!
    expect(result.err).toContain(`Started run ${ours.id}`)
    expect((await readFile(transcriptPath, 'utf8')).length).toBeGreaterThan(content.length)
    // Bob's run is newer and failed at once: following it would have ended in exit 6.
    expect(workflows.runs.some((r) => r.actor === 'bob' && r.id > ours.id)).toBe(true)
  })

  it('names the missing workflow file and points to init, and starts nothing', async () => {
    useRunner()
    const { laptop, branch } = await laptopWithSession()
    const runsBefore = workflows.runs.length
    const result = await cont(laptop, { branch, prompt: ['x'], workflow: 'nope.yml' })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('.github/workflows/nope.yml')
    expect(result.error!.message).toContain('claude-session init')
    expect(workflows.runs.length).toBe(runsBefore)
  })

  it('says the token needs actions: write (or the workflow scope) when GitHub answers 403', async () => {
    const token = 'ghp_cannotdispatch00000000000000000000'
    emu.addToken(token, 'write')
    workflows.denyActions(token)
    const { laptop, branch } = await laptopWithSession()
    const captured = { out: '', err: '' }
    const runtime = commandEnv(laptop, captured)
    runtime.env.GH_TOKEN = token
    const error = await runContinue({ prompt: ['x'], branch, interval: 0.01 }, runtime).catch(
      (e: Error) => e
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain('actions: write')
    expect((error as Error).message).toContain('`workflow` scope')
    expect((error as Error).message).not.toContain(token)
    expect(exitCodeOf(error)).toBe(4)
  })

  it('still pulls what a failed run saved, shows the failed step and the run URL, and exits 6', async () => {
    useRunner({ claudeFails: true })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const result = await cont(laptop, { branch, prompt: ['Try'] })
    expect(result.code).toBe(6)
    const run = lastRun()
    expect(run.conclusion).toBe('failure')
    expect(result.error!.message).toContain('continue › Run Claude')
    expect(result.error!.message).toContain(`actions/runs/${run.id}`)
    expect(result.error!.message).toContain('What it saved was pulled')
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain('Done: Try')
  })

  it('says a failed run saved nothing and leaves the local copy alone', async () => {
    useRunner({ restoreFails: true })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const result = await cont(laptop, { branch, prompt: ['Try'] })
    expect(result.code).toBe(6)
    expect(result.error!.message).toContain('Restore the Claude Code session')
    expect(result.error!.message).toContain('It saved nothing')
    expect(result.err).toContain('The run saved nothing new')
    expect(await readFile(transcriptPath, 'utf8')).toBe(content)
  })

  it('--no-wait prints the run URL and the attach command; --attach follows and pulls it', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    useRunner({ during: () => gate })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const started = await cont(laptop, { branch, prompt: ['Later'], wait: false, json: true })
    expect(started.code).toBe(0)
    const run = lastRun()
    expect(run.status).not.toBe('completed')
    expect(started.out).toContain(`actions/runs/${run.id}`)
    const events = started.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string })
    expect(events.map((e) => e.event)).toEqual(['pushed', 'started'])
    expect(await readFile(transcriptPath, 'utf8')).toBe(content)
    release()
    const attached = await cont(laptop, { attach: String(run.id), branch: undefined, json: true })
    expect(attached.error).toBeUndefined()
    const kinds = attached.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { event: string }).event)
    expect(kinds[0]).toBe('started')
    expect(kinds.slice(-2)).toEqual(['completed', 'pulled'])
    const pulled = JSON.parse(attached.out.trim().split('\n').at(-1)!) as Record<string, unknown>
    // Two prompt/answer rows and two `relocated` rows (runner, then laptop).
    expect(pulled).toMatchObject({ outcome: 'fast-forward', addedRecords: 4, prompts: 1 })
    expect(pulled.finalAnswer).toBe('Done: Later')
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain('Done: Later')
  })

  it('a local copy that went on during the run is not overwritten: exit 3 with the choices', async () => {
    let laptopPath = ''
    useRunner({
      during: async ({ sessionId }) => {
        await appendTurn(laptopPath, {
          sessionId,
          cwd: '/laptop',
          branch: 'x',
          prompt: 'meanwhile'
        })
      }
    })
    const { laptop, branch, transcriptPath } = await laptopWithSession()
    laptopPath = transcriptPath
    const result = await cont(laptop, { branch, prompt: ['Work'] })
    expect(result.code).toBe(3)
    expect(result.error!.message).toMatch(/--as-new|--force/)
    expect(result.error!.message).toContain(`actions/runs/${lastRun().id}`)
    const local = await readFile(transcriptPath, 'utf8')
    expect(local).toContain('meanwhile')
    expect(local).not.toContain('Done: Work')
  })

  it('refuses to start anything when the stored copy went on elsewhere (exit 3)', async () => {
    useRunner()
    const { laptop, branch, sessionId } = await laptopWithSession()
    const other = await makeMachine('other')
    await placeSynthetic(other, { branch, sessionId, turns: 2 })
    // The other machine's copy has different records: the two went on separately.
    const ctx = await emulatorContext(emu, REPO)
    await saveSession(ctx, {
      branch,
      cwd: other.cwd,
      configDir: other.configDir,
      env: {},
      savedBy: 'laptop'
    })
    const runsBefore = workflows.runs.length
    const dispatchesBefore = workflows.dispatches.length
    const result = await cont(laptop, { branch, prompt: ['x'] })
    expect(result.code).toBe(3)
    expect(workflows.dispatches.length).toBe(dispatchesBefore)
    expect(workflows.runs.length).toBe(runsBefore)
  })

  it('Ctrl-C before the run is started starts none', async () => {
    useRunner()
    const { laptop, branch } = await laptopWithSession()
    const dispatchesBefore = workflows.dispatches.length
    const interrupted = new AbortController()
    interrupted.abort()
    const result = await cont(laptop, { branch, prompt: ['x'] }, {}, { signal: interrupted.signal })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('no run was started')
    expect(workflows.dispatches.length).toBe(dispatchesBefore)
  })

  it('Ctrl-C detaches without cancelling the run and prints the attach command (bundled CLI)', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const child = spawn(
      process.execPath,
      [bundledEntry('cli'), 'continue', '--interval', '0.01', '--branch', branch, 'Keep going'],
      { cwd: laptop.cwd, env: commandEnv(laptop, { out: '', err: '' }).env as NodeJS.ProcessEnv }
    )
    useRunner(
      {
        during: async () => {
          child.kill('SIGINT')
          await gate
        }
      },
      'bundled'
    )
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    const run = lastRun()
    expect(code).toBe(0)
    expect(out).toContain(`claude-session continue --attach ${run.id}`)
    expect(run.status).not.toBe('completed')
    release()
    await run.finished
    expect(run.conclusion).toBe('success')
    expect(await readFile(transcriptPath, 'utf8')).toBe(content)
  })
})

describe('the REST description check', () => {
  it('catches a dispatch without ref, with inputs of the wrong type, or too many inputs', () => {
    const path = `/repos/${REPO}/actions/workflows/${WORKFLOW}/dispatches`
    const none = new URLSearchParams()
    const problem = (
      body: unknown,
      name?: DescriptionName,
      method = 'POST',
      pathname = path,
      query = none
    ): string | undefined =>
      checkRest(
        {
          method,
          pathname,
          query,
          body: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body))
        },
        name
      )?.problem
    expect(problem({ ref: 'main' })).toBeUndefined()
    expect(problem({ inputs: {} })).toBe(`body: "ref" wasn't supplied`)
    expect(problem({ ref: 'main', inputs: 'x' })).toBe('body/inputs: "x" is not an object')
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']))
    expect(problem({ ref: 'main', inputs: eleven })).toBeUndefined()
    expect(problem({ ref: 'main', inputs: eleven }, 'ghes-3.17')).toBe(
      'body/inputs: more than 10 properties'
    )
    expect(
      problem(
        undefined,
        'api.github.com',
        'GET',
        `/repos/${REPO}/actions/runs`,
        new URLSearchParams('per_page=x')
      )
    ).toBe('query "per_page": "x" is not an integer')
  })
})
