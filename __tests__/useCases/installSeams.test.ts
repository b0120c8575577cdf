import { beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomUUID } from 'node:crypto'
import { appendFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { packSession } from '../../src/archive/index.js'
import { IntegrityError, ConflictError } from '../../src/errors.js'
import type { Asset } from '../../src/store/index.js'
import { installSession } from '../../src/restore/install.js'
import { lstatIfExists } from '../../src/restore/installFiles.js'
import type { StoredCopy } from '../../src/remote/storedCopies.js'
import { stageVerified } from '../../src/restore/verifiedDownload.js'
import { removeLater, syntheticTranscript } from '../support/claudeHome.js'
import { reachableSources } from '../support/sourceGraph.js'
import { recordingLogger } from '../support/syncHarness.js'
import { repoRoot } from '../support/runAction.js'

async function scratch(): Promise<string> {
  return removeLater(await mkdtemp(join(tmpdir(), 'claude-session-seams-')))
}

describe('a record appended while a pull installs', () => {
  it('is never lost: the local transcript is checked again right before it is replaced', async () => {
    const dir = await scratch()
    const sessionId = randomUUID()
    const projectDir = join(dir, 'project')
    await mkdir(projectDir)
    const before = syntheticTranscript({ sessionId, branch: 'main', cwd: '/w' })
    const local = join(projectDir, `${sessionId}.jsonl`)
    await writeFile(local, before)
    const staging = join(dir, 'staging')
    await mkdir(staging)
    const incoming = join(staging, `${sessionId}.jsonl`)
    await writeFile(
      incoming,
      before + syntheticTranscript({ sessionId, branch: 'main', cwd: '/w', prompt: 'remote' })
    )
    const appended = '{"type":"user","message":"typed while pulling"}\n'

    const install = installSession({
      unpacked: {
        transcriptPath: incoming,
        files: [],
        totalBytes: 0,
        transcript: { sha256: '', size: 0, records: 0 }
      },
      remoteSessionId: sessionId,
      projectDir,
      cwd: '/w',
      recordedCwd: '/w',
      onLocalConflict: 'refuse',
      describe: { branch: 'main', pullCommand: 'claude-session pull main' },
      // Claude Code, still running, appends between the comparison and the rename.
      beforeReplace: () => appendFile(local, appended)
    })
    await expect(install).rejects.toBeInstanceOf(ConflictError)
    expect(await readFile(local, 'utf8')).toBe(before + appended)
    expect((await readdir(projectDir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})

describe('stageVerified', () => {
  const sessionId = randomUUID()
  let bytes = Buffer.alloc(0)
  let sha = ''
  beforeAll(async () => {
    const dir = await scratch()
    const transcriptPath = join(dir, 't.jsonl')
    await writeFile(transcriptPath, syntheticTranscript({ sessionId, branch: 'main', cwd: '/w' }))
    const outFile = join(dir, 'a.tar.gz')
    sha = (await packSession({ sessionId, transcriptPath, outFile, mtime: new Date() }))
      .archiveSha256
    bytes = await readFile(outFile)
  })
  const copy = (digest: string | undefined): StoredCopy => {
    const asset = {
      id: 7,
      name: `claude-session-${sessionId}.tar.gz`,
      size: bytes.length,
      state: 'uploaded',
      contentType: 'application/gzip',
      updatedAt: '',
      ...(digest ? { digest } : {})
    } as Asset
    return {
      metadata: { sessionId, gitBranch: 'main', timestamp: '', archivePath: asset.name },
      metadataAsset: { ...asset, id: 8 },
      archives: [asset]
    }
  }
  // A store that hands over the archive as GitHub stored it: what matters here is the digest GitHub reports.
  const store = {
    downloadAsset: () => Promise.reject(new Error('a plain archive is streamed')),
    streamAsset: async <T>(_asset: Asset, consume: (b: AsyncIterable<Buffer>) => Promise<T>) => {
      const value = await consume(Readable.from([bytes.subarray(0, 100), bytes.subarray(100)]))
      return { size: bytes.length, sha256: sha, value }
    }
  }

  it("checks a digest-less (seed-format) copy against GitHub's asset digest", async () => {
    const work = await scratch()
    const deps = { store, log: recordingLogger() }
    await expect(
      stageVerified(deps, [copy(`sha256:${'0'.repeat(64)}`)], work, { sessionId })
    ).rejects.toBeInstanceOf(IntegrityError)
    // The copy was unpacked while it streamed; its staging folder went with the mismatch.
    expect(await readdir(work)).toEqual([])
    const ok = await stageVerified(deps, [copy(`sha256:${sha}`)], work, { sessionId })
    expect(ok.unpacked.transcript.sha256).toBe(
      createHash('sha256')
        .update(await readFile(ok.unpacked.transcriptPath))
        .digest('hex')
    )
    // Where GitHub gives no digest (older GHES) there is nothing to check against.
    await expect(stageVerified(deps, [copy(undefined)], work, { sessionId })).resolves.toBeDefined()
  })
})

describe('only ENOENT means absent', () => {
  it('passes other errors on', async () => {
    const dir = await scratch()
    const file = join(dir, 'file')
    await writeFile(file, 'x')
    expect(await lstatIfExists(join(dir, 'missing'))).toBeUndefined()
    await expect(lstatIfExists(join(file, 'below-a-file'))).rejects.toMatchObject({
      code: 'ENOTDIR'
    })
  })
})

/** Relative imports (static, re-exports and dynamic) reachable from a source file. */
const reachable = (entry: string): Promise<Set<string>> =>
  reachableSources(entry, (_file, text) =>
    [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.js)'/g)].map((m) => m[1]!)
  )

describe('restore never runs the secret scanner', () => {
  it('does not import secretScan (secretlint), not even lazily', async () => {
    const files = await reachable(join(repoRoot, 'src', 'restore', 'restore.ts'))
    expect(files.has(join(repoRoot, 'src', 'restore', 'install.ts'))).toBe(true)
    expect([...files].filter((f) => f.endsWith('secretScan.ts'))).toEqual([])
  })
})
