import { describe, expect, it } from '@jest/globals'
import { createHash, randomUUID } from 'node:crypto'
import { appendFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IntegrityError, ConflictError } from '../../src/errors.js'
import type { Asset } from '../../src/store/index.js'
import { installSession } from '../../src/restore/install.js'
import { lstatIfExists } from '../../src/restore/installFiles.js'
import type { StoredCopy } from '../../src/remote/storedCopies.js'
import { downloadVerified } from '../../src/restore/verifiedDownload.js'
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

describe('downloadVerified', () => {
  const sessionId = randomUUID()
  const bytes = Buffer.from('the archive as GitHub stored it')
  const sha = createHash('sha256').update(bytes).digest('hex')
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
  // A store that hands over the downloaded bytes: what matters here is the digest GitHub reports.
  const store = {
    downloadAsset: async (_asset: Asset, dest: string) => {
      await writeFile(dest, bytes)
      return { size: bytes.length, sha256: sha }
    }
  }

  it("checks a digest-less (seed-format) copy against GitHub's asset digest", async () => {
    const work = await scratch()
    const deps = { store, log: recordingLogger() }
    await expect(
      downloadVerified(deps, [copy(`sha256:${'0'.repeat(64)}`)], work)
    ).rejects.toBeInstanceOf(IntegrityError)
    const ok = await downloadVerified(deps, [copy(`sha256:${sha}`)], work)
    expect((await readFile(ok.archivePath)).equals(bytes)).toBe(true)
    // Where GitHub gives no digest (older GHES) there is nothing to check against.
    await expect(downloadVerified(deps, [copy(undefined)], work)).resolves.toBeDefined()
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
