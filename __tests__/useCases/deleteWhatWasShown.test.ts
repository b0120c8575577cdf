/**
 * Issue 21, item 2: prune and delete remove exactly the versions they showed. A save that lands
 * while the prompt is open, or while the deletions run, is kept, and the output says so.
 */
import { describe, expect, it } from '@jest/globals'
import { runDelete } from '../../src/cli/commands/delete.js'
import { runPrune } from '../../src/cli/commands/prune.js'
import { applyPrune, planPrune } from '../../src/manage/prune.js'
import { tagForBranch } from '../../src/remote/layout.js'
import { saveSession } from '../../src/save/save.js'
import { releaseRoutes, type Route } from '../../emulator/routes.js'
import {
  makeMachine,
  placeSynthetic,
  syntheticTranscript,
  type Machine
} from '../support/claudeHome.js'
import { emulatorRuntime } from '../support/cliRuntime.js'
import { useEmulator } from '../support/syncHarness.js'
import { placeTranscript, storedTranscript } from './raceSupport.js'

/** Runs once, right before the next asset deletion reaches GitHub (then the deletion goes on). */
let beforeNextAssetDelete: (() => Promise<void>) | undefined
const deleteAsset = releaseRoutes.find(
  (r) => r.method === 'DELETE' && r.path.endsWith('/releases/assets/{asset_id}')
)!
const hook: Route = {
  ...deleteAsset,
  handle: async (call) => {
    const run = beforeNextAssetDelete
    beforeNextAssetDelete = undefined
    if (run) await run()
    return deleteAsset.handle(call)
  }
}

const { emu, context } = useEmulator({ routes: [hook] })
let repoCount = 0
const BRANCH = 'feature'
const DAY = 86_400_000

function setup() {
  const repo = `octo/shown-${++repoCount}`
  const ctx = context(repo)
  void ctx.repository // adds the repository to the emulator now
  const draft = () => emu.releases(repo).find((r) => r.tag_name === tagForBranch(BRANCH))
  const save = (m: Machine, sessionId: string, savedBy: 'laptop' | 'ci') =>
    saveSession(ctx, { branch: BRANCH, cwd: m.cwd, configDir: m.configDir, sessionId, savedBy })
  /** The stored metadata of `sessionId` says it was saved `days` ago (what prune reads). */
  const age = (sessionId: string, days: number) => {
    const asset = draft()!.assets.find(
      (a) => a.name === `claude-session-metadata-${sessionId}.json`
    )!
    const metadata = JSON.parse(asset.data.toString()) as { timestamp: string }
    metadata.timestamp = new Date(Date.now() - days * DAY).toISOString()
    asset.data = Buffer.from(JSON.stringify(metadata, null, 2) + '\n')
    asset.size = asset.data.length
  }
  return { repo, ctx, draft, save, age }
}

/** A laptop session saved 40 days ago, and CI's machine holding it with one more turn. */
async function oldSessionAndCi(t: ReturnType<typeof setup>) {
  const laptop = await makeMachine('shown-laptop')
  const { sessionId, content } = await placeSynthetic(laptop, { branch: BRANCH })
  await t.save(laptop, sessionId, 'laptop')
  t.age(sessionId, 40)
  const ci = await makeMachine('shown-ci')
  const more = syntheticTranscript({
    sessionId,
    branch: BRANCH,
    cwd: ci.cwd,
    turns: 1,
    prompt: 'CI turn'
  })
  await placeTranscript(ci, sessionId, content + more)
  const ciSaves = async () => {
    expect((await t.save(ci, sessionId, 'ci')).outcome).toBe('updated')
  }
  return { laptop, sessionId, content, ciContent: content + more, ciSaves }
}

/** A terminal where the user answers y, after `meanwhile` happened while the prompt was open. */
async function answeringYesAfter(meanwhile: () => Promise<void>, m: Machine, repo: string) {
  const runtime = await emulatorRuntime(m, emu, repo)
  runtime.io.interactive = true
  runtime.io.ask = async () => {
    await meanwhile()
    return 'y'
  }
  return runtime
}

describe('prune while CI saves', () => {
  it('keeps a session saved again between the listing and the answer', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const plan = await planPrune(t.ctx, { olderThanDays: 30 })
    expect(plan.map((c) => c.sessionId)).toEqual([s.sessionId])
    // The prompt is open: CI saves the session again.
    await s.ciSaves()
    const result = await applyPrune(t.ctx, plan)
    expect(await storedTranscript(t.ctx, BRANCH, s.sessionId)).toBe(s.ciContent)
    expect(result.kept).toEqual([
      expect.objectContaining({ sessionId: s.sessionId, branch: BRANCH })
    ])
    expect(result.deletedSessions).toEqual([])
  })

  it('says so when the user answers y: "Kept …", not "Pruned 1 sessions"', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const runtime = await answeringYesAfter(s.ciSaves, s.laptop, t.repo)
    await runPrune({ olderThan: '30' }, runtime)
    expect(runtime.stdout.join('')).toContain(`delete ${BRANCH} ${s.sessionId} (saved 40 days ago)`)
    expect(runtime.stderr.join('')).toContain(
      `Kept ${BRANCH} ${s.sessionId}: it was saved again after it was listed`
    )
    expect(runtime.stdout.join('')).toContain('Pruned 0 sessions')
    expect(await storedTranscript(t.ctx, BRANCH, s.sessionId)).toBe(s.ciContent)
  })

  it('does not delete the draft when another session lands on it while the old one is deleted', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const plan = await planPrune(t.ctx, { olderThanDays: 30 })
    const ci = await makeMachine('shown-ci-other')
    const other = await placeSynthetic(ci, { branch: BRANCH, prompt: 'another session' })
    beforeNextAssetDelete = async () => {
      expect((await t.save(ci, other.sessionId, 'ci')).outcome).toBe('created')
    }
    await applyPrune(t.ctx, plan)
    expect(beforeNextAssetDelete).toBeUndefined()
    expect(await storedTranscript(t.ctx, BRANCH, other.sessionId)).toBe(other.content)
    expect(t.draft()!.assets.some((a) => a.name.includes(s.sessionId))).toBe(false)
  })
})

describe('delete while CI saves', () => {
  it('`delete --session` keeps a session saved again while the prompt was open', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const runtime = await answeringYesAfter(s.ciSaves, s.laptop, t.repo)
    await runDelete({ branch: BRANCH, session: s.sessionId }, runtime)
    expect(runtime.stderr.join('')).toContain(`Kept ${BRANCH} ${s.sessionId}`)
    expect(await storedTranscript(t.ctx, BRANCH, s.sessionId)).toBe(s.ciContent)
  })

  it('`delete <branch>` keeps the draft when a session was saved on it while the prompt was open', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const runtime = await answeringYesAfter(s.ciSaves, s.laptop, t.repo)
    await runDelete({ branch: BRANCH }, runtime)
    expect(runtime.stdout.join('')).toContain(`delete ${BRANCH} ${s.sessionId}`)
    expect(runtime.stderr.join('')).toContain(`Kept ${BRANCH} ${s.sessionId}`)
    expect(await storedTranscript(t.ctx, BRANCH, s.sessionId)).toBe(s.ciContent)
  })

  it('`delete --session` does not delete the draft when another session lands on it meanwhile', async () => {
    const t = setup()
    const s = await oldSessionAndCi(t)
    const ci = await makeMachine('shown-ci-other')
    const other = await placeSynthetic(ci, { branch: BRANCH, prompt: 'another session' })
    beforeNextAssetDelete = async () => {
      expect((await t.save(ci, other.sessionId, 'ci')).outcome).toBe('created')
    }
    await runDelete(
      { branch: BRANCH, session: s.sessionId, yes: true },
      await emulatorRuntime(s.laptop, emu, t.repo)
    )
    expect(await storedTranscript(t.ctx, BRANCH, other.sessionId)).toBe(other.content)
  })
})
