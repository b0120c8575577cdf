import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore, type Asset, type Release, type ReleaseStore } from '../../src/store/index.js'
import type { Emulator } from '../../emulator/releasesEmulator.js'
import { recordingLogger, TEST_RETRY, type RecordingLogger } from '../support/syncHarness.js'

/** The real store, retry waits short enough for tests (the same as the sync tests use). */
export function testStore(options: {
  apiUrl: string
  graphqlUrl?: string
  token: string
  repository: string
}): { store: ReleaseStore; log: RecordingLogger } {
  const log = recordingLogger()
  const store = openStore({
    ...options,
    log,
    retry: TEST_RETRY
  })
  return { store, log }
}

/**
 * How many HTTP attempts the store made: Octokit's request log writes one line per attempt,
 * answered ("GET /path - 500 with id … in 3ms") or not ("GET /path - no answer (connection
 * failed) after 3ms", src/store/client.ts), to our debug channel. This counts attempts that never
 * reached a server (refused, unresolvable) too.
 */
export function attempts(log: RecordingLogger): number {
  return log.lines.filter((l) => /^debug: [A-Z]+ \S+ - (\d+ with id|no answer) /.test(l)).length
}

/** A scratch folder removed after the file's tests. */
export async function scratchDir(): Promise<{
  dir: string
  file(name: string, data: Buffer): Promise<string>
  remove(): Promise<void>
}> {
  const dir = await mkdtemp(join(tmpdir(), 'claude-session-store-'))
  return {
    dir,
    file: async (name, data) => {
      const path = join(dir, name)
      await writeFile(path, data)
      return path
    },
    remove: () => rm(dir, { recursive: true, force: true })
  }
}

/**
 * A test store on the emulator's `repository` with the write token, and a scratch folder holding
 * `content` as a file to upload: what a store test file sets up in its `beforeAll`.
 */
export async function storeWithContent(
  emu: Emulator,
  repository: string,
  content: Buffer
): Promise<{
  store: ReleaseStore
  log: RecordingLogger
  scratch: Awaited<ReturnType<typeof scratchDir>>
  contentPath: string
}> {
  const { store, log } = testStore({ ...emu, token: emu.tokens.write, repository })
  const scratch = await scratchDir()
  return { store, log, scratch, contentPath: await scratch.file('content.bin', content) }
}

/** A new draft release `tag` holding the file at `contentPath` as its asset `stored.bin`. */
export async function draftHolding(
  store: ReleaseStore,
  tag: string,
  contentPath: string
): Promise<{ release: Release; asset: Asset }> {
  const release = await store.createDraft(tag, { name: tag, body: '' })
  const asset = await store.uploadAsset(release, {
    name: 'stored.bin',
    filePath: contentPath,
    contentType: 'application/octet-stream'
  })
  return { release, asset }
}
