import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runContinue } from '../../src/cli/commands/continue.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { saveSession } from '../../src/save/save.js'
import { appendTurn } from '../support/actionRunner.js'
import { makeMachine, placeSynthetic, removeLater } from '../support/claudeHome.js'
import { checkRest, type DescriptionName } from '../../emulator/description.js'
import { emulatorContext } from '../support/syncHarness.js'
import { bundledEntry } from '../support/freshBundle.js'
import { useContinueWorld, WORKFLOW } from '../support/continueHarness.js'

const REPO = 'octo/continue'
const { emu, workflows, commandEnv, cont, laptopWithSession, useRunner, lastRun } =
  useContinueWorld(REPO)

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
    // The session pushed is the one the run continues (session-id), and the run carries a request
    // id in its title; every input is one the workflow declares.
    expect(workflows.dispatches.at(-1)).toEqual({
      repo: REPO,
      status: 200,
      body: {
        ref: branch,
        inputs: {
          prompt: 'Fix the test',
          branch,
          'session-id': sessionId,
          'request-id': expect.stringMatching(/^[0-9a-f-]{36}$/)
        },
        return_run_details: true
      }
    })
    expect(run.displayTitle).toBe(
      `Continue a Claude Code session ${String(run.inputs['request-id'])}`
    )
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

  it('on GitHub Enterprise Server: dispatches again without return_run_details and follows its own run, not one started at the same moment', async () => {
    emu.server = 'ghes'
    useRunner()
    // Another `continue` of the same user starts the same workflow on the same branch at the same
    // moment: a newer run, by the same actor, that fails at once.
    workflows.onDispatch = (run) =>
      void workflows.addRun(REPO, {
        branch: run.branch,
        actor: 'alice',
        conclusion: 'failure',
        displayTitle: 'Continue a Claude Code session 7d1c0c3e-0000-4000-8000-000000000000'
      })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const dispatched = workflows.dispatches.length
    const result = await cont(laptop, { branch, prompt: ['Go', 'on'] })
    expect(result.error).toBeUndefined()
    // GHES refused the parameter it lacks, with GitHub's words; nothing was started by that one.
    const [refused, accepted] = workflows.dispatches.slice(dispatched)
    expect(refused).toMatchObject({
      status: 422,
      message: 'Invalid request.\n\n"return_run_details" is not a permitted key.'
    })
    expect(accepted!.status).toBe(204)
    expect(accepted!.body).not.toHaveProperty('return_run_details')
    const ours = workflows.runs.find((r) => r.inputs.prompt === 'Go on')!
    expect(result.err).toContain(`Started run ${ours.id}`)
    const after = await readFile(transcriptPath, 'utf8')
    expect(after.startsWith(content)).toBe(true)
    expect(after.slice(content.length)).toContain('Done: Go on')
    expect(result.err).toMatch(/Pulled \d+ new records \(1 turn\)/)
    // The other run is newer, by the same user, and failed: following it would have exited 6.
    expect(workflows.runs.some((r) => r.id > ours.id && r.conclusion === 'failure')).toBe(true)
  })

  it('names the missing workflow file and points to init, having pushed and started nothing', async () => {
    useRunner()
    const { laptop, branch } = await laptopWithSession()
    const runsBefore = workflows.runs.length
    const dispatchesBefore = workflows.dispatches.length
    const result = await cont(laptop, { branch, prompt: ['x'], workflow: 'nope.yml' })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('.github/workflows/nope.yml')
    expect(result.error!.message).toContain('default branch main')
    expect(result.error!.message).toContain('claude-session init')
    expect(workflows.runs.length).toBe(runsBefore)
    expect(workflows.dispatches.length).toBe(dispatchesBefore)
    expect(emu.releases(REPO).filter((r) => r.tag_name === `claude-sessions-${branch}`)).toEqual([])
  })

  it('says the token needs actions: write (classic: the repo scope) when GitHub answers 403, exit 2', async () => {
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
    // The dispatch endpoint's description: classic tokens need `repo`; `workflow` is for
    // changing workflow files (docs/facts.md).
    expect((error as Error).message).toContain('the `repo` scope')
    expect((error as Error).message).not.toContain('`workflow` scope')
    expect((error as Error).message).not.toContain(token)
    expect(exitCodeOf(error)).toBe(2)
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
