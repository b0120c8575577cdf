import { beforeAll, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import { ConflictError } from '../../src/errors.js'
import { saveSession, type SaveResult } from '../../src/save/save.js'
import { makeMachine, syntheticTranscript, type Machine } from '../support/claudeHome.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import {
  delayedStore,
  hookedStore,
  placeTranscript,
  seededRandom,
  storedTranscript,
  withStore
} from './raceSupport.js'
import { rounds } from '../support/exhaustive.js'

const REPO = 'octo/first-save-race'
const BRANCH = 'main'
const ROUNDS = rounds(4, 24)
const { emu, context } = useEmulator({ repos: { [REPO]: [BRANCH] } })
const ctx = context(REPO)

beforeAll(async () => {
  // The branch's draft exists already: these rounds race on one session, not on the draft.
  const other = await makeMachine('other')
  await placeTranscript(
    other,
    randomUUID(),
    syntheticTranscript({ sessionId: randomUUID(), branch: BRANCH, cwd: other.cwd })
  )
  await saveSession(ctx, {
    branch: BRANCH,
    cwd: other.cwd,
    configDir: other.configDir,
    savedBy: 'ci'
  })
})

/** Each saver talks to GitHub through its own network: varied pauses around every request. */
function saveFrom(
  m: Machine,
  sessionId: string,
  seed: number,
  branch = BRANCH
): Promise<SaveResult> {
  const own = withStore(ctx, delayedStore(ctx.store, seededRandom(seed)))
  return saveSession(own, saveRequest(m, branch, { sessionId, savedBy: 'ci' }))
}

/** `turns` turns of the session as Claude Code writes them on machine `m`. */
const turnsOn = (m: Machine, sessionId: string, turns: number, prompt?: string, branch = BRANCH) =>
  syntheticTranscript({ sessionId, branch, cwd: m.cwd, turns, prompt })

const stored = (sessionId: string, branch = BRANCH) => storedTranscript(ctx, branch, sessionId)

/** The session's assets on every draft of the branch (two first saves may make twin drafts). */
function sessionAssets(sessionId: string, branch = BRANCH): string[] {
  return emu
    .releases(REPO)
    .filter((r) => r.tag_name === `claude-sessions-${branch}`)
    .flatMap((r) => r.assets)
    .map((a) => a.name)
    .filter((n) => n.includes(sessionId))
    .sort()
}

/** What one stored copy of the session is: its archive and its metadata. */
const oneCopy = (sessionId: string): string[] => [
  `claude-session-${sessionId}.tar.gz`,
  `claude-session-metadata-${sessionId}.json`
]

/**
 * One stored copy, its archive under its final or its staging name. The winner of a first-save
 * race keeps its archive staged when the loser's archive still holds the final name at its rename
 * (finishArchive, commitVersion.ts): restore reads a staged archive checked by its sha256, and the
 * next save replaces it. Metadata always holds its final name: it is the commit.
 */
function expectOneCopy(sessionId: string, branch = BRANCH): void {
  const [archive, metadata] = oneCopy(sessionId)
  const assets = sessionAssets(sessionId, branch)
  expect(assets).toHaveLength(2)
  expect(assets[1]).toBe(metadata)
  expect(assets[0]).toMatch(
    new RegExp(`^${archive!.replaceAll('.', '\\.')}(\\.[0-9a-f]+\\.partial)?$`)
  )
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** A and B save at once, each after its own seeded pause of up to `spreadMs`, on its own network. */
function saveBoth(
  [a, b]: [Machine, Machine],
  sessionId: string,
  race: { start: number; spreadMs: number; seeds: [number, number]; branch?: string }
): Promise<PromiseSettledResult<SaveResult>[]> {
  const start = seededRandom(race.start)
  return Promise.allSettled([
    sleep(start() * race.spreadMs).then(() => saveFrom(a, sessionId, race.seeds[0], race.branch)),
    sleep(start() * race.spreadMs).then(() => saveFrom(b, sessionId, race.seeds[1], race.branch))
  ])
}

describe('two first saves of one session at once', () => {
  it('end with one complete version, and the other save says truthfully what happened', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const sessionId = randomUUID()
      // Every other pair of rounds races on a branch that has no draft yet.
      const branch = round % 4 < 2 ? BRANCH : `fresh-${round}`
      const a = await makeMachine('a')
      const b = await makeMachine('b')
      // A laptop with 4 records and a runner with 6: in even rounds the 6 extend the 4.
      const four = turnsOn(a, sessionId, 2, `A ${round}`, branch)
      const extra = turnsOn(b, sessionId, 1, `B more ${round}`, branch)
      const six = round % 2 === 0 ? four + extra : turnsOn(b, sessionId, 3, `B ${round}`, branch)
      await placeTranscript(a, sessionId, four)
      await placeTranscript(b, sessionId, six)

      const results = await saveBoth([a, b], sessionId, {
        start: round + 77,
        spreadMs: 30,
        seeds: [round * 2 + 1, round * 2 + 2],
        branch
      })
      const contents = [four, six]
      for (const r of results) {
        if (r.status === 'rejected') {
          expect(r.reason).toBeInstanceOf(ConflictError)
          expect(exitCodeOf(r.reason)).toBe(3)
        }
      }
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true)

      const which = contents.indexOf(await stored(sessionId, branch))
      expect(which).not.toBe(-1)
      // What is stored is what a save that reported success stored.
      expect(results[which]!.status).toBe('fulfilled')
      // A save that lost neither claims success for bytes that are not there nor leaves debris.
      const other = results[1 - which]!
      if (other.status === 'fulfilled' && other.value.outcome !== 'unchanged') {
        // It stored first and was then legitimately extended by the winner.
        expect(contents[which]!.startsWith(contents[1 - which]!)).toBe(true)
      }
      expectOneCopy(sessionId, branch)
    }
  })

  it("keep the winner's archive under its staging name while the loser's holds the final name, and the next save tidies it", async () => {
    // The interleaving that made the sampled rounds above fail now and then: A creates the
    // branch's draft, so its archive goes up under the final name at once; B finds that draft
    // empty, stages its archive and commits its metadata while A's archive holds the final name;
    // B's rename of its archive is refused (422), then A loses the metadata name and removes its
    // archive. B's version is complete: committed metadata, archive under its staging name.
    const sessionId = randomUUID()
    const branch = 'fresh-replayed'
    const a = await makeMachine('a')
    const b = await makeMachine('b')
    const four = turnsOn(a, sessionId, 2, 'A replayed', branch)
    const six = turnsOn(b, sessionId, 3, 'B replayed', branch)
    await placeTranscript(a, sessionId, four)
    await placeTranscript(b, sessionId, six)
    const [archiveName, metadataName] = oneCopy(sessionId)
    const uploadName = (method: string, args: unknown[]): string | undefined =>
      method === 'uploadAsset' ? (args[1] as { name: string }).name : undefined

    const aAtArchive = gate()
    const aMayUploadArchive = gate()
    const aAtMetadata = gate()
    const aMayCommit = gate()
    const saveA = saveSession(
      withStore(
        ctx,
        hookedStore(ctx.store, async (method, args) => {
          const name = uploadName(method, args)
          if (name === archiveName) {
            aAtArchive.open()
            await aMayUploadArchive.opened
          } else if (name === metadataName) {
            aAtMetadata.open()
            await aMayCommit.opened
          }
        })
      ),
      { branch, cwd: a.cwd, configDir: a.configDir, sessionId, savedBy: 'ci' }
    )
    saveA.catch(() => undefined)
    await aAtArchive.opened
    const resultB = await saveSession(
      withStore(
        ctx,
        hookedStore(ctx.store, async (method, args) => {
          if (uploadName(method, args) !== metadataName) return
          aMayUploadArchive.open()
          await aAtMetadata.opened
        })
      ),
      { branch, cwd: b.cwd, configDir: b.configDir, sessionId, savedBy: 'ci' }
    )
    aMayCommit.open()
    const [resultA] = await Promise.allSettled([saveA])

    expect(resultB.outcome).toBe('created')
    expect(resultA!.status).toBe('rejected')
    expect((resultA as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError)
    const assets = sessionAssets(sessionId, branch)
    expect(assets[0]).toMatch(/\.partial$/)
    expectOneCopy(sessionId, branch)
    // Restore finds B's complete version under the staging name.
    expect(await stored(sessionId, branch)).toBe(six)

    // The next save replaces it and leaves the final names.
    const more = six + turnsOn(b, sessionId, 1, 'B after', branch)
    await placeTranscript(b, sessionId, more)
    const next = await saveSession(ctx, {
      branch,
      cwd: b.cwd,
      configDir: b.configDir,
      sessionId,
      savedBy: 'ci'
    })
    expect(next.outcome).toBe('updated')
    expect(sessionAssets(sessionId, branch)).toEqual(oneCopy(sessionId))
    expect(await stored(sessionId, branch)).toBe(more)
  })
})

/** A one-shot signal between two saves held at chosen steps. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe('two pushes of the same updated bytes at once', () => {
  it('store them once; the other push reports "already stored" or a conflict, never an access error', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const sessionId = randomUUID()
      const a = await makeMachine('a')
      const b = await makeMachine('b')
      const v1 = turnsOn(a, sessionId, 2)
      await placeTranscript(a, sessionId, v1)
      await saveFrom(a, sessionId, 1000 + round)
      const v2 = v1 + turnsOn(a, sessionId, 1, `more ${round}`)
      await placeTranscript(a, sessionId, v2)
      await placeTranscript(b, sessionId, v2)

      const results = await saveBoth([a, b], sessionId, {
        start: round + 99,
        spreadMs: 50,
        seeds: [round * 2 + 5001, round * 2 + 5002]
      })
      const outcomes = results.map((r) =>
        r.status === 'fulfilled' ? r.value.outcome : (r.reason as Error).constructor.name
      )
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError)
      }
      expect(outcomes).toContain('updated')
      expect(await stored(sessionId)).toBe(v2)
      expect(sessionAssets(sessionId)).toEqual(oneCopy(sessionId))
    }
  })

  it('the push that read the listing before the other replaced it says "already stored"', async () => {
    const sessionId = randomUUID()
    const a = await makeMachine('a')
    const b = await makeMachine('b')
    const v1 = turnsOn(a, sessionId, 2)
    await placeTranscript(a, sessionId, v1)
    await saveFrom(a, sessionId, 7)
    const v2 = v1 + turnsOn(a, sessionId, 1)
    await placeTranscript(a, sessionId, v2)
    await placeTranscript(b, sessionId, v2)
    // B lists the draft, then A's whole push runs before B reads the metadata it listed (or,
    // when the draft's index gave B that metadata with the listing, before B's first upload).
    let first = true
    const held = hookedStore(ctx.store, async (method) => {
      if (!['readAsset', 'uploadAsset'].includes(method) || !first) return
      first = false
      await saveSession(ctx, {
        branch: BRANCH,
        cwd: a.cwd,
        configDir: a.configDir,
        sessionId,
        savedBy: 'ci'
      })
    })
    const result = await saveSession(withStore(ctx, held), {
      branch: BRANCH,
      cwd: b.cwd,
      configDir: b.configDir,
      sessionId,
      savedBy: 'ci'
    })
    expect(result.outcome).toBe('unchanged')
    expect(await stored(sessionId)).toBe(v2)
  })
})
