import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { globalAgent } from 'node:http'
import { join } from 'node:path'
import { setImmediate as turn } from 'node:timers/promises'
import type { ReleaseStore } from '../../src/store/index.js'
import { useEmulator } from '../support/syncHarness.js'
import { storeWithContent, type scratchDir } from './storeOnEmulator.js'

const REPO = 'octo/transport'
const CONTENT = randomBytes(200_000)
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string

beforeAll(async () => {
  ;({ store, scratch, contentPath } = await storeWithContent(emu, REPO, CONTENT))
})
afterAll(async () => scratch.remove())

/** Sockets of node:http's shared agent still carrying a request, after a few turns of the loop. */
async function busySockets(): Promise<number> {
  const count = () => Object.values(globalAgent.sockets).reduce((n, s) => n + (s?.length ?? 0), 0)
  // An answer read to its end frees its socket within a turn or two; one never read keeps it.
  for (let i = 0; i < 50 && count() > 0; i++) await turn()
  return count()
}

describe('the transport under Octokit (httpTransport.ts)', () => {
  // An unread answer keeps its keep-alive socket busy, and the process alive, until the server
  // drops the connection: a replacing save, whose deletes answer 204, once exited 30 s late.
  it('leaves no socket busy after answers with and without content', async () => {
    const release = await store.createDraft('claude-sessions-transport', { name: 't', body: '' })
    const asset = await store.uploadAsset(release, {
      name: 'a.bin',
      filePath: contentPath,
      contentType: 'application/octet-stream'
    })
    await store.renameAsset(asset.id, 'b.bin')
    await store.updateBody(release, 'index')
    await store.downloadAsset({ ...asset, name: 'b.bin' }, join(scratch.dir, 'b.bin'))
    expect(await busySockets()).toBe(0)
    // 204 No Content, then 404 for the same asset.
    expect(await store.deleteAsset(asset.id)).toBe(true)
    expect(await store.deleteAsset(asset.id)).toBe(false)
    expect(emu.requests.filter((r) => r.method === 'DELETE').map((r) => r.status)).toEqual([
      204, 404
    ])
    expect(await busySockets()).toBe(0)
  })
})
