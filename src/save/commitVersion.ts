import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { sameTranscript, type SessionMetadata } from '../archive/metadata.js'
import { ConflictError } from '../errors.js'
import type { ProgressCallback } from '../log.js'
import type { Asset, Release, ReleaseStore } from '../store/index.js'
import { roleOfAsset, stagingName } from '../remote/layout.js'
import { groupSessionAssets, storedCopies, type SessionAssets } from '../remote/storedCopies.js'

export interface VersionFiles {
  archivePath: string
  archiveName: string
  metadataPath: string
  metadataName: string
  /** What the metadata file says, to recognise the same bytes stored by a concurrent save. */
  metadata: SessionMetadata
}

/** This save lost a race for the session's final metadata name. */
class LostRace extends Error {}

/**
 * Puts a new version of one session on the release. The final metadata name is the lock: only
 * one save at a time can hold it, GitHub refusing a second asset of that name with 422
 * (docs/facts.md#name-clashes-and-leftovers), so whatever the interleaving of two saves exactly one version is committed and
 * it is complete (restore accepts an archive under a staging name, checked by its sha256):
 *
 *   1. upload the archive (and, over a stored version, the metadata, both at once) under staging
 *      names; into a draft this save has just created, the archive goes under its final name
 *   2. over a stored version: delete its metadata, the one our transcript was checked against.
 *      A 404 means another save replaced it first: we lost.
 *   3. commit: the metadata takes the final name (upload, or rename of the staged one); 422 means
 *      another save committed first: we lost.
 *   4. delete what the listing showed of this session before we uploaded: superseded versions,
 *      killed saves' leftovers, half-done uploads. Nothing uploaded after that listing is touched,
 *      so a save that checked against our version keeps its files.
 *   5. rename the archive to its final name (not needed when it was uploaded under it), while
 *      `record` writes the version into the draft's index.
 *
 * Over a stored version the steps go out in two rounds after the uploads, not four:
 *   - step 2 takes with it the deletion of the archives under a final name (by id, as listed).
 *     Whoever wins step 2 supersedes those archives, us or the save whose delete came first, and
 *     only a committed version or a loser's own direct upload ever holds the final archive name,
 *     so no save's live version is touched; until our commit, our staged pair is restorable.
 *   - steps 3, 4 and 5 go out together: once step 2 deleted the old metadata, no committed
 *     metadata names the old version, and no save can win against ours that relied on it (any
 *     save that checked against that version now hears 404 in its step 2); if we lose step 3 to a
 *     save that saw nothing committed, the old assets were leftovers for it to delete anyway, our
 *     renamed archive is deleted with the rest of ours, and the index we wrote is one restore
 *     finds stale against the listing (remote/releaseIndex.ts).
 * On github.com each round is a round trip of ~100 ms (docs/performance.md).
 *
 * A loser removes what it uploaded and reports the truth: the same bytes are already stored
 * ("already-stored"), or a ConflictError. A crash leaves a complete version (old or new) and
 * leftovers that the next save removes. Renames keep the asset id, so restore's "newest save"
 * ordering is unaffected.
 */
export async function commitVersion(
  store: ReleaseStore,
  release: Release,
  assets: SessionAssets | undefined,
  files: VersionFiles,
  options: {
    onProgress?: ProgressCallback
    freshRelease?: boolean
    /**
     * Records the committed version (the archive under its final name), while the archive is
     * renamed; again if the archive had to be uploaded anew. Must not throw for a failure that
     * leaves the version stored.
     */
    record?: (version: { metadata: Asset; archive: Asset }) => Promise<void>
  } = {}
): Promise<CommittedVersion> {
  const nonce = randomBytes(5).toString('hex')
  const ours: Asset[] = []
  const committed = assets?.metadata.find((a) => !roleOfAsset(a.name)?.staging)
  // On a draft this save has just created there are no leftovers to clear, so the archive takes
  // its final name at once and needs no rename. A save that found the draft meanwhile stages its
  // own; a final name it already took means that save got here first: we lost.
  const direct = options.freshRelease === true && !assets
  const uploadArchive = () =>
    store.uploadAsset(release, {
      name: direct ? files.archiveName : stagingName(files.archiveName, nonce),
      filePath: files.archivePath,
      contentType: archiveContentType(files.archiveName),
      onProgress: options.onProgress
    })
  // Archives under a final name (the committed version's; after a switch to or from encryption,
  // the other suffix's too): deleted with step 2, so that step 5 finds the name free (see above).
  const finalArchives = committed
    ? (assets?.archives ?? []).filter((a) => !roleOfAsset(a.name)?.staging)
    : []
  // What else the listing showed before our upload: superseded once we commit (step 4).
  const superseded = () =>
    Promise.all(
      assetsOf(assets)
        .filter((asset) => asset.id !== committed?.id && !finalArchives.includes(asset))
        .map((asset) => store.deleteAsset(asset.id))
    )
  const recordVersion = async (metadata: Asset, stored: Asset): Promise<void> =>
    options.record?.({ metadata, archive: { ...stored, name: files.archiveName } })
  // Step 5: the archive takes its final name while `record` writes the version into the index.
  const finishAndRecord = async (staged: Asset, metadata: Asset): Promise<Asset> => {
    const [archive] = await allDone([
      finishArchive(store, release, staged, metadata, files),
      recordVersion(metadata, staged)
    ])
    // Uploaded anew (finishArchive): the index must name the asset that holds the bytes.
    if (archive.id !== staged.id) await recordVersion(metadata, archive)
    return archive
  }
  try {
    let archive: Asset
    let metadata: Asset
    if (!committed) {
      // The archive is complete before the metadata names it: restore never sees one without it.
      archive = await uploadArchive().catch((error: unknown) => {
        throw direct && error instanceof ConflictError ? new LostRace() : error
      })
      ours.push(archive)
      // Nothing committed yet (a first save, or a killed save's leftovers): creating the final
      // name is the lock.
      metadata = await lockOrLose(store, release, files, () =>
        store.uploadAsset(release, {
          name: files.metadataName,
          filePath: files.metadataPath,
          contentType: 'application/json'
        })
      )
      ours.push(metadata)
      await superseded()
    } else {
      // Both go under staging names, which nothing reads as current: they travel together.
      const uploads = await Promise.allSettled([
        uploadArchive(),
        store.uploadAsset(release, {
          name: stagingName(files.metadataName, nonce),
          filePath: files.metadataPath,
          contentType: 'application/json'
        })
      ])
      for (const u of uploads) if (u.status === 'fulfilled') ours.push(u.value)
      for (const u of uploads) if (u.status === 'rejected') throw u.reason
      const staged = ours[1]!
      const stagedArchive = ours[0]!
      // Step 2, with the old archive's deletion from step 4 (see above).
      const [unchecked] = await allDone([
        store.deleteAsset(committed.id),
        ...finalArchives.map((asset) => store.deleteAsset(asset.id))
      ])
      if (!unchecked) throw new LostRace()
      // Steps 3, 4 and 5 at once (see above); a loss is reported once every write is done.
      // The rename keeps the id: our metadata as it will stand once the lock is ours.
      const named = { ...staged, name: files.metadataName }
      ;[metadata, , archive] = await allDone([
        lockOrLose(
          store,
          release,
          files,
          () => store.renameAsset(staged.id, files.metadataName),
          staged
        ),
        superseded(),
        finishAndRecord(stagedArchive, named)
      ])
      return { outcome: 'stored', metadata, archive }
    }
    if (direct) await recordVersion(metadata, archive)
    else archive = await finishAndRecord(archive, metadata)
    return { outcome: 'stored', metadata, archive }
  } catch (error) {
    if (!(error instanceof LostRace)) throw error
    await Promise.all(ours.map((asset) => store.deleteAsset(asset.id)))
    return { outcome: await settleLostRace(store, release, files) }
  }
}

/** Waits for every one of `work`, then throws the first failure (in the order given), if any. */
async function allDone<T extends unknown[]>(
  work: [...{ [K in keyof T]: Promise<T[K]> }]
): Promise<T> {
  const settled = await Promise.allSettled(work)
  for (const s of settled) if (s.status === 'rejected') throw s.reason
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as T
}

/** What was committed: the final metadata and the archive it names, as GitHub last described them. */
export type CommittedVersion =
  { outcome: 'stored'; metadata: Asset; archive: Asset } | { outcome: 'already-stored' }

function assetsOf(group: SessionAssets | undefined): Asset[] {
  return group ? [...group.metadata, ...group.archives, ...group.broken] : []
}

/**
 * Runs the step that takes the final metadata name. A 422 (ConflictError from the store) means
 * another save holds it, unless the holder is ours (a retried request whose first answer was
 * lost); a rename failing because our staged file is gone means another save's step 4 removed it
 * after committing. We lost in those cases.
 */
async function lockOrLose(
  store: ReleaseStore,
  release: Release,
  files: VersionFiles,
  take: () => Promise<Asset>,
  staged?: Asset
): Promise<Asset> {
  try {
    return await take()
  } catch (error) {
    if (!(error instanceof ConflictError) && !staged) throw error
    const current = await store.getRelease(release.id)
    const holder = current?.assets.find((a) => a.name === files.metadataName)
    if (holder && (await isOurs(store, holder, files, staged))) return holder
    if (error instanceof ConflictError) throw new LostRace()
    if (!current?.assets.some((a) => a.id === staged!.id)) throw new LostRace()
    throw error
  }
}

async function isOurs(
  store: ReleaseStore,
  holder: Asset,
  files: VersionFiles,
  staged: Asset | undefined
): Promise<boolean> {
  if (staged) return holder.id === staged.id
  // Our metadata names this save's own timestamp: byte-equal text is ours.
  const mine = await readFile(files.metadataPath)
  if (holder.size !== mine.length) return false
  return (await store.readAsset(holder, { maxBytes: mine.length })).equals(mine)
}

/**
 * Step 5. Under its staging name the archive is already restorable, so a taken final name leaves
 * it there. The holder is usually a concurrent first save that created the draft and uploaded its
 * archive under the final name at once; it then loses the metadata name and deletes that archive,
 * and the next save of the session replaces ours under the final names (firstSaveRace.test.ts
 * replays this). If a straggler's cleanup removed ours while our metadata still stands, it is
 * uploaded again: committed metadata never points at nothing.
 */
async function finishArchive(
  store: ReleaseStore,
  release: Release,
  archive: Asset,
  metadata: Asset,
  files: VersionFiles
): Promise<Asset> {
  try {
    return await store.renameAsset(archive.id, files.archiveName)
  } catch (error) {
    if (error instanceof ConflictError) return archive
    const listed = await listedOf(store, release, [archive, metadata])
    if (listed.has(archive.id)) throw error
    // Our version was superseded by a later save: nothing to repair.
    if (!listed.has(metadata.id)) return archive
    return store.uploadAsset(release, {
      name: files.archiveName,
      filePath: files.archivePath,
      contentType: archiveContentType(files.archiveName)
    })
  }
}

/** Which of these assets the release still lists. */
async function listedOf(
  store: ReleaseStore,
  release: Release,
  assets: Asset[]
): Promise<Set<number>> {
  const current = await store.getRelease(release.id)
  const ids = new Set(current?.assets.map((a) => a.id))
  return new Set(assets.filter((a) => ids.has(a.id)).map((a) => a.id))
}

function archiveContentType(name: string): string {
  return name.endsWith('.age') ? 'application/octet-stream' : 'application/gzip'
}

/** After losing: did the winner store these very bytes? Otherwise the conflict is real. */
async function settleLostRace(
  store: ReleaseStore,
  release: Release,
  files: VersionFiles
): Promise<'already-stored'> {
  const sessionId = files.metadata.sessionId
  const current = await store.getRelease(release.id)
  const group = current && groupSessionAssets(current).get(sessionId.toLowerCase())
  const newest = group ? (await storedCopies(store, group))[0] : undefined
  if (newest && sameTranscript(newest.metadata, files.metadata)) return 'already-stored'
  throw new ConflictError(
    `Another save stored a different copy of session ${sessionId} on ${release.tagName} while this one was uploading. ` +
      'This save stored nothing and removed what it had uploaded. Pull the other version first, or save again with force to replace it.'
  )
}
