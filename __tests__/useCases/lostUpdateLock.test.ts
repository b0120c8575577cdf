import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import { ConflictError } from '../../src/errors.js'
import { saveSession } from '../../src/save/save.js'
import { type SyncContext } from '../../src/shared/context.js'
import { makeMachine, syntheticTranscript, type Machine } from '../support/claudeHome.js'
import { saveRequest, useEmulator } from '../support/syncHarness.js'
import { hookedStore, placeTranscript, storedTranscript, withStore } from './raceSupport.js'

const REPO = 'octo/lost-update-lock'
const BRANCH = 'main'
const { emu, context } = useEmulator({ repos: { [REPO]: [BRANCH] } })
const ctx = context(REPO)

const save = (c: SyncContext, m: Machine, sessionId: string) =>
  saveSession(c, saveRequest(m, BRANCH, { sessionId, savedBy: 'ci' }))

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { open, opened }
}

describe('the lost-update lock (deleting the metadata a save checked against)', () => {
  it('stops a save whose checked version was replaced, even while the name is free again', async () => {
    const sessionId = randomUUID()
    const origin = await makeMachine('origin')
    const a = await makeMachine('a')
    const b = await makeMachine('b')
    const c = await makeMachine('c')
    const turn = (m: Machine, prompt: string) =>
      syntheticTranscript({ sessionId, branch: BRANCH, cwd: m.cwd, turns: 1, prompt })
    const v0 = turn(origin, 'v0')
    await placeTranscript(origin, sessionId, v0)
    await save(ctx, origin, sessionId)
    const fromA = v0 + turn(a, 'from A')
    const fromB = v0 + turn(b, 'from B')
    const fromC = fromA + turn(c, 'from C')
    await placeTranscript(a, sessionId, fromA)
    await placeTranscript(b, sessionId, fromB)
    await placeTranscript(c, sessionId, fromC)

    // C takes its lock on A's version, then waits before committing.
    const cAtCommit = gate()
    const cGo = gate()
    const cStore = hookedStore(ctx.store, async (method) => {
      if (method !== 'renameAsset') return
      cAtCommit.open()
      await cGo.opened
    })
    let cSave: Promise<unknown> | undefined
    // B checked against v0; before it uploads (so nothing of it is in their listings), A replaces
    // v0 and C takes A's version off, leaving the final name free when B takes its lock.
    let bFirstUpload = true
    const bStore = hookedStore(ctx.store, async (method) => {
      if (method !== 'uploadAsset' || !bFirstUpload) return
      bFirstUpload = false
      await save(ctx, a, sessionId)
      cSave = save(withStore(ctx, cStore), c, sessionId)
      await cAtCommit.opened
    })
    const bResult = await save(withStore(ctx, bStore), b, sessionId).then(
      (r) => r,
      (error: unknown) => error
    )
    if (!cSave) throw bResult as Error
    cGo.open()
    const cResult = await cSave!.then(
      (r) => r,
      (error: unknown) => error
    )
    // B's records do not extend A's: B must be refused, C (which extends A's) must be stored.
    expect(bResult).toBeInstanceOf(ConflictError)
    expect(cResult).not.toBeInstanceOf(Error)

    const stored = await storedTranscript(ctx, BRANCH, sessionId)
    expect(stored.startsWith(fromC)).toBe(true)
  })

  it('a save whose checked metadata is already gone (404 on its delete) loses and says so, with every upload of it held back', async () => {
    const sessionId = randomUUID()
    const origin = await makeMachine('gone-origin')
    const a = await makeMachine('gone-a')
    const b = await makeMachine('gone-b')
    const c = await makeMachine('gone-c')
    const turn = (m: Machine, prompt: string) =>
      syntheticTranscript({ sessionId, branch: BRANCH, cwd: m.cwd, turns: 1, prompt })
    const v0 = turn(origin, 'v0')
    await placeTranscript(origin, sessionId, v0)
    await save(ctx, origin, sessionId)
    const fromA = v0 + turn(a, 'from A')
    const fromC = fromA + turn(c, 'from C')
    await placeTranscript(a, sessionId, fromA)
    await placeTranscript(b, sessionId, v0 + turn(b, 'from B'))
    await placeTranscript(c, sessionId, fromC)

    const cAtCommit = gate()
    const cGo = gate()
    const cStore = hookedStore(ctx.store, async (method) => {
      if (method !== 'renameAsset') return
      cAtCommit.open()
      await cGo.opened
    })
    // B checked against v0. None of its uploads reaches GitHub until A has replaced v0 and C has
    // taken A's version off: nothing of B is in their listings, the final name is free, and the
    // only sign that B lost is the 404 when it deletes v0's metadata.
    let cSave: Promise<unknown> | undefined
    let held: Promise<void> | undefined
    const bStore = hookedStore(ctx.store, async (method) => {
      if (method !== 'uploadAsset') return
      held ??= (async () => {
        await save(ctx, a, sessionId)
        cSave = save(withStore(ctx, cStore), c, sessionId)
        await cAtCommit.opened
      })()
      await held
    })
    const bResult = await save(withStore(ctx, bStore), b, sessionId).then(
      (r) => r,
      (error: unknown) => error
    )
    if (!cSave) throw bResult as Error
    cGo.open()
    const cResult = await cSave.then(
      (r) => r,
      (error: unknown) => error
    )
    expect(bResult).toBeInstanceOf(ConflictError)
    expect((bResult as Error).message).toContain('Another save stored a different copy')
    expect((bResult as Error).message).toContain('stored nothing')
    expect(cResult).not.toBeInstanceOf(Error)
    const stored = await storedTranscript(ctx, BRANCH, sessionId)
    expect(stored.startsWith(fromC)).toBe(true)
  })

  it("a save that loses its delete of the checked metadata, having deleted that version's archive, leaves the winner's version whole", async () => {
    const sessionId = randomUUID()
    const origin = await makeMachine('archive-origin')
    const a = await makeMachine('archive-a')
    const b = await makeMachine('archive-b')
    const turn = (m: Machine, prompt: string) =>
      syntheticTranscript({ sessionId, branch: BRANCH, cwd: m.cwd, turns: 1, prompt })
    const v0 = turn(origin, 'v0')
    await placeTranscript(origin, sessionId, v0)
    await save(ctx, origin, sessionId)
    const fromA = v0 + turn(a, 'from A')
    await placeTranscript(a, sessionId, fromA)
    await placeTranscript(b, sessionId, v0 + turn(b, 'from B'))
    const listed = () => emu.releases(REPO).find((r) => r.tag_name === `claude-sessions-${BRANCH}`)!
    const named = (name: string) => listed().assets.find((asset) => asset.name === name)
    const v0Metadata = named(`claude-session-metadata-${sessionId}.json`)!.id
    const v0Archive = named(`claude-session-${sessionId}.tar.gz`)!.id

    // A and B both checked against v0. A's delete of v0's metadata waits until B is about to
    // send its own, then goes first and wins; A's delete of v0's archive waits until B has run to
    // its end, so B's delete of that archive is the one that removes it, on the way to hearing
    // 404 for the metadata.
    const bAtCheck = gate()
    const aStore = hookedStore(ctx.store, async (method, args) => {
      if (method !== 'deleteAsset') return
      if (args[0] === v0Metadata) await bAtCheck.opened
      if (args[0] === v0Archive) await bSave
    })
    const bStore = hookedStore(ctx.store, async (method, args) => {
      if (method !== 'deleteAsset' || args[0] !== v0Metadata) return
      bAtCheck.open()
      while (listed().assets.some((asset) => asset.id === v0Metadata))
        await new Promise((resolve) => setTimeout(resolve, 5))
    })
    emu.resetRequests()
    const bSave = save(withStore(ctx, bStore), b, sessionId).then(
      (r) => r,
      (error: unknown) => error
    )
    const aResult = await save(withStore(ctx, aStore), a, sessionId)
    const bResult = await bSave
    expect(aResult.outcome).toBe('updated')
    expect(bResult).toBeInstanceOf(ConflictError)
    expect((bResult as Error).message).toContain('stored nothing')
    // v0's archive went with B's delete, and A's version is whole under its final names.
    const archiveDeletes = emu.requests.filter(
      (r) => r.method === 'DELETE' && r.path.endsWith(`/releases/assets/${v0Archive}`)
    )
    expect(archiveDeletes.map((r) => r.status)).toEqual([204, 404])
    expect(
      listed()
        .assets.map((asset) => asset.name)
        .filter((name) => name.includes(sessionId))
        .sort()
    ).toEqual([`claude-session-${sessionId}.tar.gz`, `claude-session-metadata-${sessionId}.json`])
    expect(await storedTranscript(ctx, BRANCH, sessionId)).toBe(fromA)
  })

  it('counts as its own a lock it took whose answer was lost (the retry then hears 422)', async () => {
    const sessionId = randomUUID()
    const m = await makeMachine('lost-answer')
    const content = syntheticTranscript({ sessionId, branch: BRANCH, cwd: m.cwd })
    await placeTranscript(m, sessionId, content)
    const metadataName = `claude-session-metadata-${sessionId}.json`
    // GitHub created the asset, the answer never arrived, and the retry was told "already exists".
    const answerLost = new Proxy(ctx.store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown
        if (prop !== 'uploadAsset' || typeof value !== 'function') return value
        return async (...args: unknown[]) => {
          const upload = (value as (...a: unknown[]) => Promise<unknown>).bind(target)
          const first = await upload(...args)
          if ((args[1] as { name: string }).name !== metadataName) return first
          return upload(...args)
        }
      }
    })
    const result = await save(withStore(ctx, answerLost), m, sessionId)
    expect(result.outcome).toBe('created')
    const stored = await storedTranscript(ctx, BRANCH, sessionId)
    expect(stored.startsWith(content)).toBe(true)
  })
})
