import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { IntegrityError } from '../errors.js'
import type { Logger, ProgressCallback } from '../log.js'
import type { Asset, ReleaseStore } from '../store/index.js'
import type { StoredCopy } from '../remote/storedCopies.js'

export interface VerifiedArchive {
  copy: StoredCopy
  archivePath: string
  archiveName: string
}

/**
 * Downloads the newest copy whose archive matches its recorded sha256: the one in its
 * metadata, or, for metadata the seed's scripts wrote (no digest), the `digest` GitHub computes
 * for every asset on upload (docs/facts.md#asset-digest). Nothing is unpacked before this check, so a corrupt
 * or swapped asset never reaches the Claude folder.
 */
export async function downloadVerified(
  deps: { store: Pick<ReleaseStore, 'downloadAsset'>; log: Logger },
  copies: StoredCopy[],
  work: string,
  onProgress?: ProgressCallback
): Promise<VerifiedArchive> {
  for (const copy of copies) {
    for (const asset of copy.archives) {
      const archivePath = join(work, `archive-${asset.id}`)
      // The download hashes the bytes as they arrive: no second read of the archive.
      const actual = await deps.store.downloadAsset(asset, archivePath, { onProgress })
      const expected = copy.metadata.archiveSha256 ?? githubDigest(asset)
      if (expected === undefined || actual.sha256 === expected) {
        return { copy, archivePath, archiveName: asset.name }
      }
      deps.log.warning(
        `${asset.name} does not match its recorded sha256 (${copy.metadata.archiveSha256 ? 'metadata' : "GitHub's asset digest"}); trying an older copy`
      )
      await rm(archivePath, { force: true })
    }
  }
  throw new IntegrityError(
    `No stored archive of session ${copies[0]!.metadata.sessionId} matches its recorded sha256; ` +
      'nothing was installed. The asset may be corrupt: save the session again from the machine that has it.'
  )
}

/** GitHub's own digest of an asset, `sha256:<hex>`, as hex; undefined where GitHub gives none (older GHES). */
function githubDigest(asset: Asset): string | undefined {
  const digest = (asset as { digest?: string | null }).digest
  const match = typeof digest === 'string' ? /^sha256:([0-9a-f]{64})$/i.exec(digest) : null
  return match ? match[1]!.toLowerCase() : undefined
}
