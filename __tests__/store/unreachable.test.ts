import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { RemoteError } from '../../src/errors.js'
import type { Asset, Release, ReleaseStore } from '../../src/store/index.js'
import type { RecordingLogger } from '../support/syncHarness.js'
import { attempts, scratchDir, testStore } from './storeOnEmulator.js'

// A host that cannot be reached stays unreachable: retrying a refused port or a URL without a
// scheme only made the user wait (60 s, 95 s). These must end at once, or after one more try for
// DNS, with a message naming the host. Attempts are counted from Octokit's request log, one line
// per attempt whether or not anything answered.
let scratch: Awaited<ReturnType<typeof scratchDir>>
let filePath: string
let refusedPort: number

beforeAll(async () => {
  scratch = await scratchDir()
  filePath = await scratch.file('content.bin', Buffer.from('bytes'))
  // A port that was free a moment ago: nothing listens there, so connecting is refused.
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  refusedPort = (server.address() as { port: number }).port
  await new Promise((done) => server.close(done))
})
afterAll(async () => scratch.remove())

/** A release and an asset that point at the API URL under test, as GitHub would have sent them. */
function pointingAt(apiUrl: string): { release: Release; asset: Asset } {
  const asset: Asset = {
    id: 7,
    name: 'stored.bin',
    size: 5,
    state: 'uploaded',
    contentType: 'application/octet-stream',
    updatedAt: ''
  }
  const release: Release = {
    id: 1,
    tagName: 'claude-sessions-main',
    name: 'x',
    draft: true,
    htmlUrl: '',
    uploadUrl: `${apiUrl}/repos/octo/r/releases/1/assets{?name,label}`,
    createdAt: '',
    assets: [asset]
  }
  return { release, asset }
}

/** Every kind of request, through the client with its retry and through the transfer client. */
function operations(store: ReleaseStore, apiUrl: string): Record<string, () => Promise<unknown>> {
  const { release, asset } = pointingAt(apiUrl)
  return {
    'GraphQL lookup': () =>
      store
        .lookupDraft('claude-sessions-main')
        .then((l) => store.draftFromLookup('claude-sessions-main', l)),
    'GraphQL listing': () => store.listDrafts({ tagPrefix: 'claude-sessions-' }),
    list: () => store.listReleases(),
    get: () => store.getRelease(1),
    create: () => store.createDraft('t', { name: 't', body: '' }),
    rename: () => store.renameAsset(7, 'n'),
    'delete asset': () => store.deleteAsset(7),
    'delete release': () => store.deleteRelease(1),
    upload: () =>
      store.uploadAsset(release, {
        name: 'x.bin',
        filePath,
        contentType: 'application/octet-stream'
      }),
    download: () => store.downloadAsset(asset, `${scratch.dir}/never`),
    read: () => store.readAsset(asset, { maxBytes: 100 })
  }
}

async function failureOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

const KINDS = [
  'GraphQL lookup',
  'list',
  'get',
  'create',
  'rename',
  'delete asset',
  'delete release',
  'upload',
  'download',
  'read'
]

function storeAt(apiUrl: string): { store: ReleaseStore; log: RecordingLogger } {
  return testStore({ apiUrl, token: 'ghs_unused', repository: 'octo/r' })
}

describe('a host that refuses connections', () => {
  it.each(KINDS)(
    '%s: fails at the first attempt with a RemoteError naming the host',
    async (kind) => {
      const apiUrl = `http://127.0.0.1:${refusedPort}`
      const { store, log } = storeAt(apiUrl)
      const error = await failureOf(operations(store, apiUrl)[kind]!)
      expect(error).toBeInstanceOf(RemoteError)
      expect(error.message).toMatch(
        new RegExp(
          `^Could not reach 127\\.0\\.0\\.1:${refusedPort} \\(connection refused\\) while trying to .+; check GITHUB_API_URL and your network\\.$`
        )
      )
      expect(attempts(log)).toBe(1)
    }
  )
})

describe('a host name that does not resolve', () => {
  // .invalid never resolves (RFC 2606); ENOTFOUND, or EAI_AGAIN where no resolver answers.
  const apiUrl = 'http://claude-session-test.invalid'
  it.each(KINDS)('%s: fails after one retry at most, naming the host', async (kind) => {
    const { store, log } = storeAt(apiUrl)
    const error = await failureOf(operations(store, apiUrl)[kind]!)
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.message).toMatch(
      /^Could not reach claude-session-test\.invalid \(the host name (does not resolve|could not be resolved)\) while trying to .+; check GITHUB_API_URL/
    )
    expect(attempts(log)).toBeGreaterThanOrEqual(1)
    expect(attempts(log)).toBeLessThanOrEqual(2)
  })
})

describe('an API URL that is not a URL', () => {
  // GITHUB_API_URL=api.github.example, the scheme forgotten.
  const apiUrl = 'api.github.example'
  // An upload goes to the upload_url GitHub sent, which no release from such a URL can have.
  it.each(KINDS.filter((k) => k !== 'upload'))(
    '%s: fails at the first attempt, naming what was given',
    async (kind) => {
      const { store, log } = storeAt(apiUrl)
      const error = await failureOf(operations(store, apiUrl)[kind]!)
      expect(error).toBeInstanceOf(RemoteError)
      expect(error.message).toMatch(
        /^Could not reach api\.github\.example \(not a valid URL; it needs https:\/\/\) while trying to /
      )
      expect(attempts(log)).toBe(1)
    }
  )

  it('a URL that is not http(s) fails at the first attempt too', async () => {
    const { store, log } = storeAt('ftp://github.example')
    const error = await failureOf(() => store.listReleases())
    expect(error).toBeInstanceOf(RemoteError)
    expect(error.message).toMatch(/^Could not reach github\.example \(not an http\(s\) URL\)/)
    expect(attempts(log)).toBe(1)
  })
})
