/**
 * examples/claude-session-cleanup.yml as GitHub runs it: the job's `if:` and the step's `with:`
 * evaluated by GitHub's expression evaluator for each event (pull_request closed, delete, schedule),
 * and the bundled cleanup action (`node dist/cleanup/index.js`, `npm run bundle` first) run with
 * cleanup/action.yml's defaults against the emulator. GitHub's parser accepts the file
 * (yaml/workflowsAndActions.test.ts checks every example).
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { truthy } from '@actions/expressions/result'
import { parse } from 'yaml'
import { saveSession } from '../../src/save/save.js'
import { makeMachine, placeSynthetic, removeLater } from '../support/claudeHome.js'
import { repoRoot } from '../support/runAction.js'
import { emulatorContext, saveRequest, useEmulator } from '../support/syncHarness.js'
import { evaluate, nodeAction, runSteps, type Runner, type Step } from './stepRunner.js'

const REPO = 'octo/app'
const CLOSED = 'feature/login'
/** Branches whose names start like the closed one's, and one it starts like. */
const NEIGHBOURS = ['feature/login-2', 'feature', 'main']
const { emu } = useEmulator({ repos: { [REPO]: [CLOSED, ...NEIGHBOURS] } })

interface Workflow {
  jobs: Record<string, { if?: string; steps: Step[] }>
}

/** A session of `branch` saved from a laptop now, as `claude-session push` saves it. */
async function pushed(branch: string): Promise<string> {
  const laptop = await makeMachine('laptop')
  const { sessionId } = await placeSynthetic(laptop, { branch })
  await saveSession(
    await emulatorContext(emu, REPO),
    saveRequest(laptop, branch, { sessionId, savedBy: 'laptop' })
  )
  return sessionId
}

/** Every draft's tag and its asset names: what the cleanup may change. */
function drafts(): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const r of emu.releases(REPO).filter((r) => r.draft))
    result[r.tag_name] = r.assets.map((a) => a.name).sort()
  return result
}

const without = (all: Record<string, string[]>, tag: string) =>
  Object.fromEntries(Object.entries(all).filter(([t]) => t !== tag))

/** Runs the template's job for an event, as GitHub would; false when the job's `if:` skips it. */
async function runTemplate(
  eventName: string,
  event: Record<string, unknown>
): Promise<{ ran: boolean; log: string[]; outputs: Record<string, string> }> {
  const workflow = parse(
    await readFile(join(repoRoot, 'examples', 'claude-session-cleanup.yml'), 'utf8')
  ) as Workflow
  const job = workflow.jobs.cleanup!
  const github = { repository: REPO, token: emu.tokens.write, event_name: eventName, event }
  // A job's `if:` without a status function is `success() && (…)`, as a step's.
  if (!truthy(evaluate(`success() && (${job.if!})`, { github }, { failed: false })))
    return { ran: false, log: [], outputs: {} }
  const temp = removeLater(await mkdtemp(join(tmpdir(), 'claude-session-cleanup-runner-')))
  const runner: Runner = {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: temp,
      RUNNER_TEMP: temp,
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: eventName,
      GITHUB_API_URL: emu.apiUrl,
      GITHUB_GRAPHQL_URL: emu.graphqlUrl
    },
    github,
    uses: { 'OWNER/claude-session/cleanup': nodeAction(join(repoRoot, 'cleanup')) },
    log: []
  }
  const result = await runSteps(job.steps, runner, { github, runner: { os: 'Linux', temp } })
  expect({ failed: result.failed, log: runner.log }).toEqual({ failed: false, log: runner.log })
  return { ran: true, log: runner.log, outputs: Object.values(result.steps)[0]!.outputs }
}

const pullRequestClosed = (branch: string, closedAt: string, headRepo = REPO) => ({
  action: 'closed',
  pull_request: { closed_at: closedAt, head: { ref: branch, repo: { full_name: headRepo } } }
})

describe('examples/claude-session-cleanup.yml', () => {
  it('removes exactly the closed branch’s sessions, keeping one saved after the pull request closed, then the rest when the branch is deleted', async () => {
    const early = [await pushed(CLOSED), await pushed(CLOSED)]
    for (const branch of NEIGHBOURS) await pushed(branch)
    // The pull request closes after those saves; a run still going then saves once more.
    const closedAt = new Date(Date.now() + 1)
    while (Date.now() <= closedAt.getTime()) await new Promise((r) => setImmediate(r))
    const late = await pushed(CLOSED)
    const before = drafts()
    expect(before[`claude-sessions-${CLOSED}`]).toHaveLength(6)

    const closed = await runTemplate(
      'pull_request',
      pullRequestClosed(CLOSED, closedAt.toISOString())
    )
    expect(closed.ran).toBe(true)
    expect(closed.outputs).toEqual({ deleted: '2', kept: '1' })
    const after = drafts()
    // Every other branch's draft is exactly as it was; the closed branch keeps only the late save.
    expect(without(after, `claude-sessions-${CLOSED}`)).toEqual(
      without(before, `claude-sessions-${CLOSED}`)
    )
    expect(after[`claude-sessions-${CLOSED}`]).toEqual([
      `claude-session-${late}.tar.gz`,
      `claude-session-metadata-${late}.json`
    ])
    for (const id of early) expect(JSON.stringify(after)).not.toContain(id)
    expect(closed.log.join('\n')).toContain(`Kept ${CLOSED} ${late}: saved at`)

    // The branch is deleted afterwards: the late save goes too, with the draft.
    const deleted = await runTemplate('delete', { ref: CLOSED, ref_type: 'branch' })
    expect(deleted.outputs).toEqual({ deleted: '1', kept: '0' })
    expect(drafts()).toEqual(without(before, `claude-sessions-${CLOSED}`))
  })

  it('deletes nothing for a deleted tag, and skips a pull request from a fork', async () => {
    const id = await pushed('feature')
    const before = drafts()
    expect(JSON.stringify(before)).toContain(id)
    const tag = await runTemplate('delete', { ref: 'feature', ref_type: 'tag' })
    expect(tag.ran).toBe(true)
    expect(tag.outputs).toEqual({ deleted: '0', kept: '0' })
    // A fork's `feature` is not this repository's `feature`.
    const fork = await runTemplate(
      'pull_request',
      pullRequestClosed('feature', new Date().toISOString(), 'someone/app')
    )
    expect(fork.ran).toBe(false)
    expect(drafts()).toEqual(before)
  })

  it('prunes sessions of any branch last saved more than 90 days ago on the weekly run', async () => {
    const recent = await pushed('main')
    const old = await pushed('feature/login-2')
    // An old save: the same session's metadata with a save time 120 days back.
    const release = emu
      .releases(REPO)
      .find((r) => r.tag_name === 'claude-sessions-feature/login-2')!
    const metadata = release.assets.find((a) => a.name === `claude-session-metadata-${old}.json`)!
    const text = JSON.parse(metadata.data.toString()) as { timestamp: string }
    text.timestamp = new Date(Date.now() - 120 * 86_400_000).toISOString()
    metadata.data = Buffer.from(JSON.stringify(text))
    metadata.size = metadata.data.length

    const weekly = await runTemplate('schedule', { schedule: '23 4 * * 1' })
    expect(weekly.outputs.deleted).toBe('1')
    const after = JSON.stringify(drafts())
    expect(after).toContain(recent)
    expect(after).not.toContain(old)
  })
})
