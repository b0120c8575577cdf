import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { RemoteError } from '../../src/errors.js'
import type { ReleaseStore } from '../../src/store/index.js'
import { useEmulator, type RecordingLogger } from '../support/syncHarness.js'
import { draftHolding, storeWithContent, type scratchDir } from './storeOnEmulator.js'

const REPO = 'octo/store-assets'
const CONTENT = Buffer.from('{"type":"user"}\n'.repeat(64))
const DIGEST = `sha256:${createHash('sha256').update(CONTENT).digest('hex')}`
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let log: RecordingLogger
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string

beforeAll(async () => {
  ;({ store, log, scratch, contentPath } = await storeWithContent(emu, REPO, CONTENT))
})
afterAll(async () => scratch.remove())
afterEach(() => {
  emu.clearFaults()
  jest.restoreAllMocks()
})

let tagNo = 0
async function storedAsset() {
  const tag = `claude-sessions-assets-${++tagNo}`
  const { release, asset } = await draftHolding(store, tag, contentPath)
  return { tag, release, asset }
}

describe("GitHub's asset digest", () => {
  it('is read from the upload answer, a release and the listing', async () => {
    const { tag, release, asset } = await storedAsset()
    expect(asset.digest).toBe(DIGEST)
    expect((await store.getRelease(release.id))?.assets[0]?.digest).toBe(DIGEST)
    const listed = (await store.listReleases()).find((r) => r.tagName === tag)
    expect(listed?.assets[0]?.digest).toBe(DIGEST)
    expect(
      (await store.draftFromLookup(tag, await store.lookupDraft(tag)))?.assets[0]?.digest
    ).toBe(DIGEST)
  })
})

describe('the transfer client', () => {
  it("writes its failures to the store's debug log, never to the console", async () => {
    const { asset } = await storedAsset()
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const consoleWarn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const before = log.lines.length
    emu.inject({ origin: 'storage', kind: 'status', status: 500, times: 1_000 })
    await expect(store.downloadAsset(asset, join(scratch.dir, 'never'))).rejects.toBeInstanceOf(
      RemoteError
    )
    emu.inject({ origin: 'uploads', kind: 'status', status: 503, times: 1_000 })
    await expect(storedAsset()).rejects.toBeInstanceOf(RemoteError)
    expect(consoleError).not.toHaveBeenCalled()
    expect(consoleWarn).not.toHaveBeenCalled()
    const logged = log.lines.slice(before)
    expect(logged.filter((l) => /^debug: GET \S+ - 500 with id /.test(l)).length).toBeGreaterThan(0)
    expect(logged.filter((l) => /^debug: POST \S+ - 503 with id /.test(l)).length).toBeGreaterThan(
      0
    )
  })
})
