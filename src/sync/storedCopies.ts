import { isLegacyMetadata, parseMetadata, type SessionMetadata } from '../archive/metadata.js'
import type { Asset, Release, ReleaseStore } from '../store/index.js'
import { roleOfAsset } from './remoteLayout.js'

/** Metadata is a few hundred bytes; anything far larger is not ours. */
const METADATA_MAX_BYTES = 64 * 1024

export interface SessionAssets {
  sessionId: string
  metadata: Asset[]
  archives: Asset[]
  /** Half-done uploads (GitHub's `state: "starter"` after a failed upload, docs/facts.md): never data. */
  broken: Asset[]
}

export interface StoredCopy {
  metadata: SessionMetadata
  metadataAsset: Asset
  /** Archives whose size matches the metadata, final name first; the digest decides among them. */
  archives: Asset[]
}

export function groupSessionAssets(release: Release): Map<string, SessionAssets> {
  const groups = new Map<string, SessionAssets>()
  for (const asset of release.assets) {
    const role = roleOfAsset(asset.name)
    if (!role) continue
    let group = groups.get(role.sessionId)
    if (!group) {
      group = { sessionId: role.sessionId, metadata: [], archives: [], broken: [] }
      groups.set(role.sessionId, group)
    }
    if (asset.state !== 'uploaded') group.broken.push(asset)
    else if (role.kind === 'metadata') group.metadata.push(asset)
    else group.archives.push(asset)
  }
  return groups
}

/**
 * The session saved last on this release. Asset ids only grow, and a rename keeps the id, so the
 * highest metadata id is the latest save without reading any metadata.
 */
export function newestSession(groups: Map<string, SessionAssets>): SessionAssets | undefined {
  let best: SessionAssets | undefined
  let bestId = -1
  for (const group of groups.values()) {
    for (const asset of group.metadata) {
      if (asset.id > bestId) {
        best = group
        bestId = asset.id
      }
    }
  }
  return best
}

/** Reads every metadata asset of a session, newest save first. */
export async function readMetadataVersions(
  store: ReleaseStore,
  group: SessionAssets
): Promise<{ metadata: SessionMetadata; asset: Asset }[]> {
  const versions: { metadata: SessionMetadata; asset: Asset }[] = []
  // Final names first: in a clean release that is the only one and no further read is needed.
  const ordered = [...group.metadata].sort((a, b) => stagingRank(a) - stagingRank(b) || b.id - a.id)
  for (const asset of ordered) {
    const text = (await store.readAsset(asset, { maxBytes: METADATA_MAX_BYTES })).toString('utf8')
    const metadata = parseMetadata(text)
    if (metadata.sessionId.toLowerCase() !== group.sessionId) continue
    versions.push({ metadata, asset })
  }
  return versions.sort(
    (a, b) =>
      (b.metadata.timestamp ?? '').localeCompare(a.metadata.timestamp ?? '') ||
      b.asset.id - a.asset.id
  )
}

/** The archives that can belong to a metadata version: same size, and the right name family. */
export function archivesFor(group: SessionAssets, metadata: SessionMetadata): Asset[] {
  const legacy = isLegacyMetadata(metadata)
  return group.archives
    .filter((asset) => {
      const role = roleOfAsset(asset.name)!
      if (legacy) return !role.staging && !role.encrypted
      return asset.size === metadata.archiveSize && role.encrypted === (metadata.encrypted === true)
    })
    .sort((a, b) => stagingRank(a) - stagingRank(b) || b.id - a.id)
}

/**
 * The newest version that has an archive of the promised size. Which archive really matches is
 * settled by its sha256 after download; a version is never assembled from two saves.
 */
export async function newestStoredCopy(
  store: ReleaseStore,
  group: SessionAssets
): Promise<StoredCopy | undefined> {
  const all = await storedCopies(store, group)
  return all[0]
}

export async function storedCopies(
  store: ReleaseStore,
  group: SessionAssets
): Promise<StoredCopy[]> {
  const versions: StoredCopy[] = []
  for (const { metadata, asset } of await readMetadataVersions(store, group)) {
    const archives = archivesFor(group, metadata)
    if (archives.length > 0) versions.push({ metadata, metadataAsset: asset, archives })
  }
  return versions
}

function stagingRank(asset: Asset): number {
  return roleOfAsset(asset.name)?.staging ? 1 : 0
}
