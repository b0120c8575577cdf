/**
 * GitHub as it really answers (issue 22) and the trust cases of `continue` (issue 21: 3, 6, 7):
 * the emulator refuses what github.com and GitHub Enterprise Server refuse, and the CLI checks
 * before it creates anything, tells a permission from a rate limit, says when the token cannot see
 * drafts, gives up on a run nobody picks up, and continues and counts the session it was asked to.
 */
import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { readFile } from 'node:fs/promises'
import { saveSession } from '../../src/save/save.js'
import { openWorkflowRuns } from '../../src/store/index.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { WORKFLOW_TEMPLATE } from '../../src/cli/workflowTemplate.js'
import { makeMachine, placeSynthetic } from '../support/claudeHome.js'
import { cliEnv, runMain } from '../support/cliRuntime.js'
import { useContinueWorld, WORKFLOW } from '../support/continueHarness.js'
import { emulatorContext, silentOctokitLog } from '../support/syncHarness.js'
import type { Server } from '../../emulator/releasesEmulator.js'

const REPO = 'octo/refusals'
const { emu, workflows, cont, laptopWithSession, useRunner, lastRun } = useContinueWorld(REPO)

/** The template as it was before session-id, request-id and model: what older repositories hold. */
const OLD_TEMPLATE = WORKFLOW_TEMPLATE.replace(/\n {6}model:\n(?: {8}.*\n)+/, '\n')
  .replace(/\n {6}session-id:\n(?: {8}.*\n)+/, '\n')
  .replace(/\n {6}request-id:\n(?: {8}.*\n)+/, '\n')
  .replace(/\nrun-name: .*\n/, '\n')
  .replace(/\n {10}(session-id|model): .*/g, '')

/** What a command left behind on GitHub: drafts of the branch with their assets, and runs. */
function created(branch: string): { assets: string[]; runs: number; dispatches: number } {
  return {
    assets: emu
      .releases(REPO)
      .filter((r) => r.tag_name === `claude-sessions-${branch}`)
      .flatMap((r) => r.assets.map((a) => a.name)),
    runs: workflows.runs.length,
    dispatches: workflows.dispatches.length
  }
}

const SERVERS: Server[] = ['github.com', 'ghes']

describe.each(SERVERS)('continue against %s', (server) => {
  it('round trip: pushes, starts, follows and pulls what the run added', async () => {
    emu.server = server
    useRunner()
    const { laptop, branch, sessionId, transcriptPath, content } = await laptopWithSession()
    const result = await cont(laptop, { branch, prompt: ['Round', 'trip'], json: true })
    expect(result.error).toBeUndefined()
    const run = lastRun()
    expect(run.inputs).toMatchObject({ prompt: 'Round trip', 'session-id': sessionId })
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain(
      'Done: Round trip'
    )
    const pulled = JSON.parse(result.out.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(pulled).toMatchObject({ event: 'pulled', sessionId, finalAnswer: 'Done: Round trip' })
  })

  it('an --input the workflow does not declare: exit 2, nothing pushed, nothing started', async () => {
    emu.server = server
    useRunner()
    workflows.addWorkflow(REPO, 'old.yml', { text: OLD_TEMPLATE })
    const { laptop, branch } = await laptopWithSession()
    const before = created(branch)
    // `--input model=opus` is an example of `continue --help`; this workflow declares no model.
    const result = await cont(laptop, {
      branch,
      prompt: ['x'],
      workflow: 'old.yml',
      input: ['model=opus']
    })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('declares no input "model"')
    expect(result.error!.message).toContain('Unexpected inputs provided')
    expect(created(branch)).toEqual(before)
  })

  it('a branch that is not on GitHub: exit 2 with the push command, nothing pushed or started', async () => {
    emu.server = server
    useRunner()
    const { laptop, branch } = await laptopWithSession({ onGitHub: false })
    const before = created(branch)
    const result = await cont(laptop, { branch, prompt: ['x'] })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain(`git push -u origin ${branch}`)
    expect(created(branch)).toEqual(before)
  })

  it('a workflow missing on the branch: exit 2 naming the branch and how to bring the file over', async () => {
    emu.server = server
    useRunner()
    workflows.addWorkflow(REPO, 'main-only.yml', { branches: ['main'] })
    const { laptop, branch } = await laptopWithSession()
    const before = created(branch)
    const result = await cont(laptop, { branch, prompt: ['x'], workflow: 'main-only.yml' })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain(`is on main but not on ${branch}`)
    expect(result.error!.message).toContain(
      'git checkout origin/main -- .github/workflows/main-only.yml'
    )
    expect(created(branch)).toEqual(before)
  })
})

describe('21.3: the session chosen on the laptop is the one the run continues', () => {
  /** Two sessions of one branch stored, the second saved last: the branch's newest is S2. */
  async function twoStoredSessions() {
    const { laptop, branch, sessionId: s1, transcriptPath } = await laptopWithSession()
    const { sessionId: s2 } = await placeSynthetic(laptop, {
      branch,
      turns: 3,
      start: new Date('2026-11-02T10:00:00Z')
    })
    const ctx = await emulatorContext(emu, REPO)
    const where = { branch, cwd: laptop.cwd, configDir: laptop.configDir, env: {} }
    await saveSession(ctx, { ...where, sessionId: s1, savedBy: 'laptop' })
    await saveSession(ctx, { ...where, sessionId: s2, savedBy: 'laptop' })
    return { laptop, branch, s1, s2, s1Path: transcriptPath }
  }

  it('continue --session S1 makes the run continue S1, not the newest session of the branch', async () => {
    useRunner()
    const { laptop, branch, s1, s1Path } = await twoStoredSessions()
    const before = await readFile(s1Path, 'utf8')
    const result = await cont(laptop, { branch, session: s1, prompt: ['About', 'S1'] })
    expect(result.error).toBeUndefined()
    expect(lastRun().inputs['session-id']).toBe(s1)
    expect((await readFile(s1Path, 'utf8')).slice(before.length)).toContain('Done: About S1')
    expect(result.err).not.toContain('The run saved nothing new')
  })

  it('a run that continued another session is reported (exit 6) with the session to pull', async () => {
    useRunner()
    const { laptop, branch, s1, s2 } = await twoStoredSessions()
    // A workflow that declares session-id but does not hand it to the action.
    workflows.onDispatch = (run) => void delete run.inputs['session-id']
    const result = await cont(laptop, { branch, session: s1, prompt: ['About', 'S1'] })
    expect(result.code).toBe(6)
    expect(result.error!.message).toContain(`continued session ${s2}, not ${s1}`)
    expect(result.error!.message).toContain(`claude-session pull ${branch} --session ${s2}`)
  })

  it('an older workflow without the session-id input: --session is refused before anything is pushed', async () => {
    useRunner()
    workflows.addWorkflow(REPO, 'old.yml', { text: OLD_TEMPLATE })
    const { laptop, branch, sessionId } = await laptopWithSession()
    const before = created(branch)
    const result = await cont(laptop, {
      branch,
      session: sessionId,
      prompt: ['x'],
      workflow: 'old.yml'
    })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('has no session-id input')
    expect(result.error!.message).toContain('claude-session init --force --workflow old.yml')
    expect(created(branch)).toEqual(before)
  })
  it('an older workflow without the session-id input, no --session: a warning, and the run goes on', async () => {
    useRunner()
    workflows.addWorkflow(REPO, 'old.yml', { text: OLD_TEMPLATE })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const result = await cont(laptop, { branch, prompt: ['Old', 'one'], workflow: 'old.yml' })
    expect(result.error).toBeUndefined()
    expect(result.err).toContain('has no session-id input: the run continues the newest session')
    expect(result.err).toContain('claude-session init --force --workflow old.yml')
    expect(lastRun().inputs).toEqual({ prompt: 'Old one', branch })
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain(
      'Done: Old one'
    )
  })
})

describe('21.6: --attach counts from the session it pulls', () => {
  it('another session opened on the branch meanwhile does not hide what the run added', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    useRunner({ during: () => gate })
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    const started = await cont(laptop, { branch, prompt: ['Later'], wait: false })
    expect(started.code).toBe(0)
    // Meanwhile a longer, newer conversation is opened on the same branch on the laptop.
    await placeSynthetic(laptop, { branch, turns: 12, start: new Date('2026-11-03T10:00:00Z') })
    release()
    const attached = await cont(laptop, { attach: String(lastRun().id), json: true })
    expect(attached.error).toBeUndefined()
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain('Done: Later')
    const pulled = JSON.parse(attached.out.trim().split('\n').at(-1)!) as Record<string, unknown>
    // Two prompt/answer rows and two `relocated` rows (runner, then laptop).
    expect(pulled).toMatchObject({ outcome: 'fast-forward', addedRecords: 4, prompts: 1 })
    expect(pulled.finalAnswer).toBe('Done: Later')
  })
})

describe('21.7: a run is followed only when it is provably ours', () => {
  it('where GitHub names no run, two dispatches close together each follow their own', async () => {
    workflows.ignoresRunDetails = true
    useRunner()
    const { laptop, branch, transcriptPath, content } = await laptopWithSession()
    // The other dispatch, by the same user, lands just after ours and fails at once.
    workflows.onDispatch = (run) => {
      workflows.onDispatch = undefined
      void workflows.addRun(REPO, {
        branch: run.branch,
        actor: run.actor,
        conclusion: 'failure',
        displayTitle: 'Continue a Claude Code session 0b9a2b0e-1111-4111-8111-111111111111'
      })
    }
    const result = await cont(laptop, { branch, prompt: ['Mine'] })
    expect(result.error).toBeUndefined()
    const ours = workflows.runs.find((r) => r.inputs.prompt === 'Mine')!
    expect(result.err).toContain(`Started run ${ours.id}`)
    expect(result.out).toContain('Done: Mine')
    expect((await readFile(transcriptPath, 'utf8')).slice(content.length)).toContain('Done: Mine')
  })

  it('a workflow without request-id on a server that names no run: nothing is started', async () => {
    emu.server = 'ghes'
    useRunner()
    workflows.addWorkflow(REPO, 'old.yml', { text: OLD_TEMPLATE })
    const { laptop, branch } = await laptopWithSession()
    const runsBefore = workflows.runs.length
    const result = await cont(laptop, { branch, prompt: ['x'], workflow: 'old.yml' })
    expect(result.code).toBe(2)
    expect(result.error!.message).toContain('Nothing was started')
    expect(result.error!.message).toContain('request-id')
    expect(workflows.runs.length).toBe(runsBefore)
  })
})

describe('a run no runner picks up', () => {
  it('warns that it is queued, then gives up at --timeout with the run id and --attach (exit 4)', async () => {
    workflows.runnersOnline = false
    const { laptop, branch } = await laptopWithSession()
    const result = await cont(laptop, {
      branch,
      prompt: ['Anyone?'],
      json: true,
      timeout: '0.3s',
      queuedWarningSeconds: 0.05
    })
    const run = lastRun()
    expect(run.status).toBe('queued')
    expect(result.code).toBe(4)
    expect(result.error!.message).toContain(`Run ${run.id} is still queued`)
    expect(result.error!.message).toContain(`claude-session continue --attach ${run.id}`)
    const events = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; message?: string })
    const queued = events.find((e) => e.event === 'queued')
    expect(queued?.message).toContain('no runner has picked it up')
    expect(queued?.message).toContain('runs-on')
    expect(events.at(-1)).toMatchObject({
      event: 'timeout',
      runId: run.id,
      attach: `claude-session continue --attach ${run.id}`
    })
  })
})

describe('a token that cannot see drafts, and 403s', () => {
  it('read-only list, prune and delete say the drafts are hidden instead of "nothing stored" (exit 2)', async () => {
    const m = await makeMachine('reader')
    const { sessionId, branch } = await (async () => {
      const w = await laptopWithSession()
      const ctx = await emulatorContext(emu, REPO)
      await saveSession(ctx, {
        branch: w.branch,
        cwd: w.laptop.cwd,
        configDir: w.laptop.configDir,
        env: {},
        savedBy: 'laptop'
      })
      return w
    })()
    const env = cliEnv(m, emu, REPO, { GH_TOKEN: emu.tokens.read })
    for (const args of [
      ['list'],
      ['prune', '--older-than', '1', '--yes'],
      ['delete', branch, '--yes']
    ]) {
      const result = await runMain(args, env)
      expect({ args, code: result.code }).toEqual({ args, code: 2 })
      expect(result.stderr).toContain('cannot see draft releases')
      expect(result.stderr).toContain('contents: write')
      expect(result.stdout).not.toContain('No sessions stored')
    }
    // With push access the same session is there.
    const listed = await runMain(['list', '--json'], cliEnv(m, emu, REPO))
    expect(listed.stdout).toContain(sessionId)
  })

  it('a 403 permission refusal exits 2 naming contents: write; a 403 rate limit is retried', async () => {
    const laptop = await makeMachine('pusher')
    const branch = `perm-${Date.now()}`
    await placeSynthetic(laptop, { branch })
    const pushed = await runMain(
      ['push', branch, '--cwd', laptop.cwd],
      cliEnv(laptop, emu, REPO, { GH_TOKEN: emu.tokens.read })
    )
    expect(pushed.code).toBe(2)
    expect(pushed.stderr).toContain('403')
    expect(pushed.stderr).toContain('contents: write')
    expect(pushed.stderr).toContain('`repo` scope')
    // GitHub's secondary rate limit on creating the draft, with the wait it advises (1 s).
    emu.inject({
      origin: 'api',
      method: 'POST',
      path: /\/releases$/,
      kind: 'status',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
      }
    })
    const again = await runMain(
      ['push', branch, '--cwd', laptop.cwd],
      cliEnv(laptop, emu, REPO, { CLAUDE_SESSION_RETRIES: '1' })
    )
    expect(again.code).toBe(0)
    // When it persists past the retries: GitHub's failure, exit 4, not a permission.
    // list asks GraphQL's releases connection first and REST's listing when that fails: both limited.
    emu.inject({
      origin: 'api',
      path: /\/(graphql|releases)$/,
      kind: 'status',
      status: 403,
      times: 20,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' }
    })
    const limited = await runMain(['list'], cliEnv(laptop, emu, REPO))
    emu.clearFaults()
    expect(limited.code).toBe(4)
    expect(limited.stderr).toContain('rate limit')
  })
})

describe('the refusals the emulator learned, shown on requests the old client sent', () => {
  const octokit = () =>
    new Octokit({ auth: emu.tokens.write, baseUrl: emu.apiUrl, log: silentOctokitLog })
  const dispatch = (body: { ref: string } & Record<string, unknown>) =>
    octokit()
      .request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner: 'octo',
        repo: 'refusals',
        workflow_id: WORKFLOW,
        ...body
      })
      .then(
        (r) => ({ status: r.status as number, message: '' }),
        (e: { status: number; response?: { data?: { message?: string } } }) => ({
          status: e.status,
          message: e.response?.data?.message ?? ''
        })
      )

  it('GHES: return_run_details is not a permitted key', async () => {
    emu.server = 'ghes'
    const answer = await dispatch({
      ref: 'main',
      inputs: { prompt: 'x', branch: 'main' },
      return_run_details: true
    })
    expect(answer).toEqual({
      status: 422,
      message: 'Invalid request.\n\n"return_run_details" is not a permitted key.'
    })
  })

  it('inputs the workflow file does not declare', async () => {
    const answer = await dispatch({
      ref: 'main',
      inputs: { prompt: 'x', branch: 'main', model: 'opus', temperature: '1' },
      return_run_details: true
    })
    expect(answer).toEqual({
      status: 422,
      message: 'Unexpected inputs provided: ["temperature"]'
    })
    workflows.addWorkflow(REPO, WORKFLOW, { text: OLD_TEMPLATE, branches: ['main'] })
    try {
      expect(await dispatch({ ref: 'main', inputs: { prompt: 'x', model: 'opus' } })).toEqual({
        status: 422,
        message: 'Unexpected inputs provided: ["model"]'
      })
    } finally {
      workflows.addWorkflow(REPO, WORKFLOW)
    }
  })

  it('a ref the repository does not have, and a branch head of a branch GitHub does not have', async () => {
    expect(await dispatch({ ref: 'only-on-my-laptop', inputs: { prompt: 'x' } })).toEqual({
      status: 422,
      message: 'No ref found for: only-on-my-laptop'
    })
    const head = await octokit()
      .rest.git.getRef({ owner: 'octo', repo: 'refusals', ref: 'heads/only-on-my-laptop' })
      .then(
        () => 200,
        (e: { status: number }) => e.status
      )
    expect(head).toBe(404)
  })

  it("a 422 that still comes (the branch went away after the checks) quotes GitHub's reason and what to do", async () => {
    const runs = openWorkflowRuns({
      token: emu.tokens.write,
      repository: REPO,
      apiUrl: emu.apiUrl,
      retry: { retries: 0 }
    })
    const error = await runs
      .dispatch({ workflow: WORKFLOW, ref: 'gone-meanwhile', inputs: { prompt: 'x' } })
      .catch((e: Error) => e)
    expect(exitCodeOf(error)).toBe(2)
    expect((error as Error).message).toContain('(422: No ref found for: gone-meanwhile)')
    expect((error as Error).message).toContain('git push -u origin gone-meanwhile')
  })
})
