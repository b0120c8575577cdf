import { randomBytes } from 'node:crypto'
import { ConflictError } from '../errors.js'
import type { Asset, Release, ReleaseStore } from '../store/index.js'
import type { SessionAssets } from './storedCopies.js'
import { roleOfAsset, stagingName } from './remoteLayout.js'

export interface VersionFiles {
  archivePath: string
  archiveName: string
  metadataPath: string
  metadataName: string
}

/**
 * Puts a new version of one session on the release without ever leaving it without a complete,
 * restorable version (metadata + archive whose size and sha256 match):
 *
 *   1. upload the new archive and metadata under staging names   -> old and new both complete
 *   2. delete the metadata we checked against                     -> new complete (staging names)
 *   3. delete the other assets of this session we saw             -> new complete
 *   4. rename the new archive, then the new metadata, to the final names
 *
 * Step 2 doubles as the lock: if another save replaced the version we checked our transcript
 * against, that delete answers 404 and we back out instead of overwriting its records.
 * Renames keep the asset id, so restore's "newest save" ordering is unaffected.
 */
export async function publishVersion(
  store: ReleaseStore,
  release: Release,
  storedAssets: SessionAssets | undefined,
  checkedAgainst: Asset | undefined,
  files: VersionFiles,
  onProgress?: (transferred: number, total: number) => void
): Promise<{ archive: Asset; metadata: Asset }> {
  const archiveType = files.archiveName.endsWith('.age')
    ? 'application/octet-stream'
    : 'application/gzip'
  if (!storedAssets) {
    // Nothing of this session is on the release yet, so there is nothing to keep restorable:
    // upload under the final names, metadata last. A crash in between leaves an archive without
    // metadata, which restore ignores and the next save removes.
    const archive = await store.uploadAsset(release, {
      name: files.archiveName,
      filePath: files.archivePath,
      contentType: archiveType,
      onProgress
    })
    const metadata = await store.uploadAsset(release, {
      name: files.metadataName,
      filePath: files.metadataPath,
      contentType: 'application/json'
    })
    return { archive, metadata }
  }

  const nonce = randomBytes(5).toString('hex')
  const staged: Asset[] = []
  const backOut = async (reason: string): Promise<never> => {
    for (const asset of staged) await store.deleteAsset(asset.id)
    throw new ConflictError(reason)
  }

  const archive = await store.uploadAsset(release, {
    name: stagingName(files.archiveName, nonce),
    filePath: files.archivePath,
    contentType: archiveType,
    onProgress
  })
  staged.push(archive)
  const metadata = await store.uploadAsset(release, {
    name: stagingName(files.metadataName, nonce),
    filePath: files.metadataPath,
    contentType: 'application/json'
  })
  staged.push(metadata)

  if (checkedAgainst) {
    const deleted = await store.deleteAsset(checkedAgainst.id)
    if (!deleted) {
      await backOut(
        `Another save replaced session ${roleOfAsset(files.metadataName)?.sessionId} on ${release.tagName} while this one was uploading. ` +
          'Nothing was overwritten. Pull the other version first, or save again with force to replace it.'
      )
    }
  }
  for (const asset of [
    ...storedAssets.metadata,
    ...storedAssets.archives,
    ...storedAssets.broken
  ]) {
    if (asset.id !== checkedAgainst?.id) await store.deleteAsset(asset.id)
  }

  const finalArchive = await renameOrBackOut(store, archive, files.archiveName, backOut)
  staged.splice(0, 1)
  const finalMetadata = await renameOrBackOut(store, metadata, files.metadataName, backOut)
  return { archive: finalArchive, metadata: finalMetadata }
}

async function renameOrBackOut(
  store: ReleaseStore,
  asset: Asset,
  name: string,
  backOut: (reason: string) => Promise<never>
): Promise<Asset> {
  try {
    return await store.renameAsset(asset.id, name)
  } catch (error) {
    if (error instanceof ConflictError) {
      return backOut(
        `Another save put ${name} on the release while this one was uploading. Nothing was overwritten; ` +
          'pull the other version first, or save again with force to replace it.'
      )
    }
    throw error
  }
}
