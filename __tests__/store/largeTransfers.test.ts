import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ReleaseStore } from '../../src/store/index.js'
import { useEmulator } from '../support/syncHarness.js'
import { storeWithContent, type scratchDir } from './storeOnEmulator.js'

const REPO = 'octo/large-transfers'
// Many reads of the upload's one buffer (64 KiB), and an odd size so the last read is short.
const CONTENT = randomBytes(3 * 1024 * 1024 + 12_345)
const SHA256 = createHash('sha256').update(CONTENT).digest('hex')
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string

beforeAll(async () => {
  ;({ store, scratch, contentPath } = await storeWithContent(emu, REPO, CONTENT))
})
afterAll(async () => scratch.remove())

describe('a transfer of many chunks through bounded buffers', () => {
  it('uploads every byte as it is in the file, with a real length and progress to the end', async () => {
    const release = await store.createDraft('claude-sessions-large', { name: 'large', body: '' })
    const progress: number[] = []
    const asset = await store.uploadAsset(release, {
      name: 'large.bin',
      filePath: contentPath,
      contentType: 'application/octet-stream',
      onProgress: (sent, total) => {
        expect(total).toBe(CONTENT.length)
        progress.push(sent)
      }
    })
    // The upload reads the file through one reused buffer: a chunk still queued on the socket
    // when the next read refills it would change the stored bytes.
    expect(emu.assetData(REPO, 'large.bin')!.equals(CONTENT)).toBe(true)
    expect(asset.size).toBe(CONTENT.length)
    expect(progress.at(-1)).toBe(CONTENT.length)
    expect(progress.length).toBeGreaterThan(40)
    const upload = emu.requests.find((r) => r.origin === 'uploads' && r.method === 'POST')
    expect(upload?.status).toBe(201)

    const downloaded = join(scratch.dir, 'down.bin')
    expect(await store.downloadAsset(asset, downloaded)).toEqual({
      size: CONTENT.length,
      sha256: SHA256
    })
    expect((await readFile(downloaded)).equals(CONTENT)).toBe(true)

    // A slow consumer that stops halfway: the digest still covers the whole asset.
    const streamed = await store.streamAsset(asset, async (bytes) => {
      let read = 0
      for await (const chunk of bytes) {
        read += chunk.length
        await sleep(1)
        if (read > CONTENT.length / 2) break
      }
      return read
    })
    expect(streamed.sha256).toBe(SHA256)
    expect(streamed.size).toBe(CONTENT.length)
    expect(streamed.value).toBeLessThan(CONTENT.length)
  })
})
