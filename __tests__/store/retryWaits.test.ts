import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createReadStream } from 'node:fs'
import { PermissionError, RemoteError } from '../../src/errors.js'
import { createClient } from '../../src/store/client.js'
import type { Release, ReleaseStore } from '../../src/store/index.js'
import type { Fault } from '../../emulator/releasesEmulator.js'
import { recordingLogger, TEST_RETRY, useEmulator } from '../support/syncHarness.js'
import type { RecordingLogger } from '../support/syncHarness.js'
import { storeWithContent, type scratchDir } from './storeOnEmulator.js'

// The waits of the retry layer (src/store/retrying.ts), as GitHub documents them
// (docs/facts.md#rate-limits): `retry-after`, else `x-ratelimit-reset` when no requests are left,
// else a minute for a secondary limit; a growing pause after a 5xx; a wait past maxWaitMs, or a
// fault past the retries, ends as our RemoteError. Waits are in units of minDelayMs (1 s in
// production, 5 ms here): the log line names the units, the request log shows the pause.
const REPO = 'octo/retry-waits'
const { emu } = useEmulator({ repos: { [REPO]: ['main'] } })
let store: ReleaseStore
let log: RecordingLogger
let scratch: Awaited<ReturnType<typeof scratchDir>>
let contentPath: string
let release: Release

beforeAll(async () => {
  ;({ store, log, scratch, contentPath } = await storeWithContent(emu, REPO, Buffer.from('bytes')))
  release = await store.createDraft('claude-sessions-waits', { name: 'waits', body: '' })
})
afterAll(async () => scratch.remove())

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
const AT = { origin: 'api', method: 'GET', path: /\/releases\/\d+$/ } as const

interface Case {
  fault: Omit<Fault, 'origin' | 'method' | 'path'>
  /** The log line that names the wait, or undefined when nothing is retried. */
  line?: RegExp
  /** The least pause between the attempts, in units of minDelayMs. */
  units?: number
  /** Attempts the emulator saw; the request fails when the last one did. */
  attempts: number
  error?: typeof RemoteError | typeof PermissionError
}

const inSeconds = (s: number): string => String(Math.floor(Date.now() / 1000) + s)

const CASES: Record<string, () => Case> = {
  '429 retry-after: 2': () => ({
    fault: { kind: 'status', status: 429, headers: { 'retry-after': '2' } },
    line: /^info: GitHub asked us to slow down \(rate limit\); retrying in 2s$/,
    units: 2,
    attempts: 2
  }),
  '403 no requests left: until x-ratelimit-reset': () => ({
    fault: {
      kind: 'status',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inSeconds(3) },
      body: { message: 'API rate limit exceeded for installation ID 1.' }
    },
    line: /^info: GitHub asked us to slow down \(rate limit\); retrying in [34]s$/,
    units: 3,
    attempts: 2
  }),
  '403 secondary limit with retry-after: 1': () => ({
    fault: {
      kind: 'status',
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: SECONDARY }
    },
    line: /^info: GitHub asked us to slow down \(secondary rate limit\); retrying in 1s$/,
    units: 1,
    attempts: 2
  }),
  '403 secondary limit naming no wait: a minute': () => ({
    fault: { kind: 'status', status: 403, body: { message: SECONDARY } },
    line: /^info: GitHub asked us to slow down \(secondary rate limit\); retrying in 60s$/,
    units: 60,
    attempts: 2
  }),
  '502: a pause, then again': () => ({
    fault: { kind: 'status', status: 502 },
    line: /^debug: Retrying GET \S+ in 5ms$/,
    units: 1,
    attempts: 2
  }),
  '500 twice: a longer pause the second time': () => ({
    fault: { kind: 'status', status: 500, times: 2 },
    line: /^debug: Retrying GET \S+ in 20ms$/,
    units: 5,
    attempts: 3
  }),
  'a wait past maxWaitMs: our error at once': () => ({
    fault: { kind: 'status', status: 429, headers: { 'retry-after': '1000' } },
    attempts: 1,
    error: RemoteError
  }),
  'a limit that outlasts the retries: our error': () => ({
    fault: { kind: 'status', status: 429, times: 100, headers: { 'retry-after': '1' } },
    line: /^info: GitHub asked us to slow down \(rate limit\); retrying in 1s$/,
    attempts: 1 + TEST_RETRY.retries,
    error: RemoteError
  }),
  'a 403 that is no rate limit: not retried': () => ({
    fault: {
      kind: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' }
    },
    attempts: 1,
    error: PermissionError
  })
}

describe('the waits before a retry', () => {
  it.each(Object.keys(CASES))('%s', async (name) => {
    const c = CASES[name]!()
    emu.resetRequests()
    log.lines.length = 0
    emu.inject({ ...c.fault, ...AT })
    let failure: unknown
    try {
      expect((await store.getRelease(release.id))?.id).toBe(release.id)
    } catch (error) {
      failure = error
    } finally {
      emu.clearFaults()
    }
    const seen = emu.requests.filter((r) => AT.path.test(r.path))
    expect(seen).toHaveLength(c.attempts)
    if (c.error) expect(failure).toBeInstanceOf(c.error)
    else expect(failure).toBeUndefined()
    if (c.error === RemoteError)
      expect((failure as Error).message).toMatch(/rate limit|kept failing/)
    const waits = log.lines.filter((l) => /slow down|^debug: Retrying/.test(l))
    if (c.line) expect(waits.at(-1)).toMatch(c.line)
    else expect(waits).toEqual([])
    // Slept at least as asked: the pause between the first and the last attempt.
    if (c.units) {
      expect(seen.at(-1)!.at - seen[0]!.at).toBeGreaterThanOrEqual(
        c.units * TEST_RETRY.minDelayMs - 1
      )
    }
  })

  it("GraphQL's RATE_LIMITED (a 200): waits until x-ratelimit-reset, then asks again", async () => {
    emu.resetRequests()
    log.lines.length = 0
    emu.inject({
      origin: 'api',
      method: 'POST',
      path: /^\/graphql$/,
      kind: 'status',
      status: 200,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inSeconds(1) },
      body: {
        errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }]
      }
    })
    const found = await store.lookupDraft(release.tagName).finally(() => emu.clearFaults())
    expect(found?.id).toBe(release.id)
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /graphql 200',
      'POST /graphql 200'
    ])
    expect(log.lines.filter((l) => /slow down/.test(l))).toEqual([
      expect.stringMatching(/\(rate limit\); retrying in [12]s$/)
    ])
  })

  it('a request whose body was a stream is never sent twice', async () => {
    const own = recordingLogger()
    const client = createClient({
      token: emu.tokens.write,
      apiUrl: emu.apiUrl,
      log: own,
      retry: TEST_RETRY
    })
    emu.resetRequests()
    emu.inject({ origin: 'uploads', method: 'POST', kind: 'status', status: 502 })
    const sent = client.request({
      method: 'POST',
      url: release.uploadUrl,
      name: 'streamed.bin',
      headers: { 'content-type': 'application/octet-stream', 'content-length': 5 },
      data: createReadStream(contentPath)
    })
    await expect(sent).rejects.toMatchObject({ status: 502 })
    emu.clearFaults()
    expect(emu.requests.filter((r) => r.origin === 'uploads')).toHaveLength(1)
  })
})

// Transfers retry themselves (a streamed body cannot be replayed by the API's retry), by the same
// rule for a rate limit and the same waits (isRateLimit, advisedWait).
describe('the waits before a transfer is tried again', () => {
  const ASSET = { origin: 'api', method: 'GET', path: /\/releases\/assets\/\d+$/ } as const
  const TRANSFER_CASES: Record<string, Case> = {
    '403 secondary limit naming no wait: a minute, as for any request': {
      fault: { kind: 'status', status: 403, body: { message: SECONDARY } },
      units: 60,
      attempts: 2
    },
    '403 with no requests left, whatever its message: until x-ratelimit-reset': {
      fault: {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': inSeconds(1) },
        body: { message: 'Forbidden' }
      },
      units: 1,
      attempts: 2
    }
  }

  it.each(Object.keys(TRANSFER_CASES))('%s', async (name) => {
    const c = TRANSFER_CASES[name]!
    const asset = await store.uploadAsset(release, {
      name: `waits-${Object.keys(TRANSFER_CASES).indexOf(name)}.bin`,
      filePath: contentPath,
      contentType: 'application/octet-stream'
    })
    emu.resetRequests()
    emu.inject({ ...c.fault, ...ASSET })
    const read = await store.readAsset(asset, { maxBytes: 100 }).finally(() => emu.clearFaults())
    expect(read.toString()).toBe('bytes')
    const seen = emu.requests.filter((r) => ASSET.path.test(r.path))
    expect(seen).toHaveLength(c.attempts)
    expect(seen.at(-1)!.at - seen[0]!.at).toBeGreaterThanOrEqual(
      c.units! * TEST_RETRY.minDelayMs - 1
    )
  })
})
