import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RemoteError } from '../../src/errors.js'
import type { Asset, Release, ReleaseStore } from '../../src/store/index.js'
import type { Fault } from '../../emulator/releasesEmulator.js'
import { useEmulator } from '../support/syncHarness.js'
import {
  attempts,
  draftHolding,
  storeWithContent,
  testStore,
  type scratchDir
} from './storeOnEmulator.js'

// One transient fault on any single request must end in success: GitHub answers 5xx, resets
// connections and rate-limits now and then, and a save or restore that fails on one of them loses
// a user's run. Only a fault that persists may fail, and then with a RemoteError.
const REPO = 'octo/store-faults'
const CONTENT = Buffer.from('session bytes '.repeat(500))
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string

beforeAll(async () => {
  ;({ store, scratch, contentPath } = await storeWithContent(emu, REPO, CONTENT))
})
afterAll(async () => scratch.remove())

/** What a fault looks like in the emulator's request log: its status, -1 for a reset. */
const FAULTS: Record<string, { fault: Omit<Fault, 'origin' | 'method' | 'path'>; logged: number }> =
  {
    '500': { fault: { kind: 'status', status: 500 }, logged: 500 },
    '502': { fault: { kind: 'status', status: 502 }, logged: 502 },
    '503': { fault: { kind: 'status', status: 503 }, logged: 503 },
    'connection reset': { fault: { kind: 'reset' }, logged: -1 },
    '429': { fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } }, logged: 429 }
  }

interface Fixture {
  release: Release
  asset: Asset
  tag: string
}

let caseNo = 0
async function fixture(): Promise<Fixture> {
  const tag = `claude-sessions-case-${++caseNo}`
  const { release, asset } = await draftHolding(store, tag, contentPath)
  return { release: { ...release, assets: [asset] }, asset, tag }
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** Each kind of request the store sends: where its fault goes, and what success looks like. */
const REQUESTS: Record<
  string,
  { at: Pick<Fault, 'origin' | 'method' | 'path'>; run(f: Fixture): Promise<void> }
> = {
  'GraphQL lookup': {
    at: { origin: 'api', method: 'POST', path: /^\/graphql$/ },
    run: async (f) => {
      expect((await store.draftFromLookup(f.tag, await store.lookupDraft(f.tag)))?.id).toBe(
        f.release.id
      )
      // Retried, not worked around: the listing fallback was not needed.
      expect(emu.requests.filter((r) => r.path.endsWith('/releases'))).toEqual([])
    }
  },
  list: {
    at: { origin: 'api', method: 'GET', path: /\/releases$/ },
    run: async (f) => {
      expect((await store.listReleases()).map((r) => r.id)).toContain(f.release.id)
    }
  },
  get: {
    at: { origin: 'api', method: 'GET', path: /\/releases\/\d+$/ },
    run: async (f) => {
      expect((await store.getRelease(f.release.id))?.assets.map((a) => a.name)).toEqual([
        'stored.bin'
      ])
    }
  },
  create: {
    at: { origin: 'api', method: 'POST', path: /\/releases$/ },
    run: async (f) => {
      const created = await store.createDraft(`${f.tag}-new`, { name: 'new', body: '' })
      expect(emu.releases(REPO).filter((r) => r.tag_name === `${f.tag}-new`)).toHaveLength(1)
      expect(created.draft).toBe(true)
    }
  },
  upload: {
    at: { origin: 'uploads', method: 'POST' },
    run: async (f) => {
      const asset = await store.uploadAsset(f.release, {
        name: 'second.bin',
        filePath: contentPath,
        contentType: 'application/octet-stream'
      })
      expect(asset.size).toBe(CONTENT.length)
      expect(emu.assetData(REPO, 'second.bin', f.tag)).toEqual(CONTENT)
    }
  },
  rename: {
    at: { origin: 'api', method: 'PATCH', path: /\/releases\/assets\/\d+$/ },
    run: async (f) => {
      expect((await store.renameAsset(f.asset.id, 'renamed.bin')).name).toBe('renamed.bin')
    }
  },
  'delete asset': {
    at: { origin: 'api', method: 'DELETE', path: /\/releases\/assets\/\d+$/ },
    run: async (f) => {
      expect(await store.deleteAsset(f.asset.id)).toBe(true)
      expect(emu.assetData(REPO, 'stored.bin', f.tag)).toBeUndefined()
    }
  },
  'delete release': {
    at: { origin: 'api', method: 'DELETE', path: /\/releases\/\d+$/ },
    run: async (f) => {
      expect(await store.deleteRelease(f.release.id)).toBe(true)
      expect(emu.releases(REPO).some((r) => r.id === f.release.id)).toBe(false)
    }
  },
  'download (API redirect)': {
    at: { origin: 'api', method: 'GET', path: /\/releases\/assets\/\d+$/ },
    run: async (f) => {
      const dest = join(scratch.dir, `download-${caseNo}`)
      expect(await store.downloadAsset(f.asset, dest)).toEqual({
        size: CONTENT.length,
        sha256: sha256(CONTENT)
      })
      expect(await readFile(dest)).toEqual(CONTENT)
    }
  },
  'download (signed storage)': {
    at: { origin: 'storage', method: 'GET' },
    run: async (f) => {
      const dest = join(scratch.dir, `download-${caseNo}`)
      expect((await store.downloadAsset(f.asset, dest)).sha256).toBe(sha256(CONTENT))
    }
  },
  read: {
    at: { origin: 'api', method: 'GET', path: /\/releases\/assets\/\d+$/ },
    run: async (f) => {
      expect(await store.readAsset(f.asset, { maxBytes: 1 << 20 })).toEqual(CONTENT)
    }
  },
  'branch check': {
    at: { origin: 'api', method: 'GET', path: /\/branches\// },
    run: async () => {
      expect(await store.branchExists('main')).toBe(true)
    }
  }
}

const CASES = Object.keys(REQUESTS).flatMap((request) =>
  Object.keys(FAULTS).map((fault) => [request, fault] as const)
)

describe('one transient fault on a single request', () => {
  it.each(CASES)('%s, %s: ends in success', async (request, fault) => {
    const f = await fixture()
    emu.resetRequests()
    emu.inject({ ...FAULTS[fault]!.fault, ...REQUESTS[request]!.at })
    try {
      await REQUESTS[request]!.run(f)
    } finally {
      emu.clearFaults()
    }
    // The fault did hit the request (and only once): the success came from a retry.
    expect(emu.requests.filter((r) => r.status === FAULTS[fault]!.logged)).toHaveLength(1)
  })
})

describe('a fault that persists', () => {
  it.each([
    ['list', { origin: 'api', method: 'GET', path: /\/releases$/ }],
    ['upload', { origin: 'uploads', method: 'POST' }],
    ['download', { origin: 'storage', method: 'GET' }]
  ] as const)('%s: fails with a RemoteError after the configured retries', async (name, at) => {
    const f = await fixture()
    const { store: own, log } = testStore({ ...emu, token: emu.tokens.write, repository: REPO })
    emu.resetRequests()
    emu.inject({ kind: 'status', status: 500, times: 1_000, ...at })
    let failure: unknown
    try {
      if (name === 'list') await own.listReleases()
      if (name === 'upload')
        await own.uploadAsset(f.release, {
          name: 'never.bin',
          filePath: contentPath,
          contentType: 'application/octet-stream'
        })
      if (name === 'download') await own.downloadAsset(f.asset, join(scratch.dir, 'never'))
    } catch (error) {
      failure = error
    } finally {
      emu.clearFaults()
    }
    expect(failure).toBeInstanceOf(RemoteError)
    expect((failure as Error).message).toMatch(
      /kept failing .*\(500 Emulated 500\).*Try again later/
    )
    // The first attempt and `retries` (3) more, no others.
    expect(emu.requests.filter((r) => r.status === 500)).toHaveLength(4)
    expect(attempts(log)).toBeGreaterThanOrEqual(4)
  })
})
