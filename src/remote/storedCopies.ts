import {
  isLegacyMetadata,
  MAX_METADATA_BYTES,
  parseMetadata,
  type SessionMetadata
} from '../archive/metadata.js'
import { ClaudeSessionError, HostileArchiveError, NewerFormatError } from '../errors.js'
import type { Asset, Release, ReleaseStore } from '../store/index.js'
import { roleOfAsset } from './layout.js'

/** Metadata is a few hundred bytes; anything far larger is not ours. */
/** How often a listing is taken again when a concurrent save removed what it named. */
const RELISTS = 5

export interface SessionAssets {
  sessionId: string
  /** The release these assets were listed from, so that a stale listing can be taken again. */
  releaseId: number
  tag: string
  metadata: Asset[]
  archives: Asset[]
  /** Half-done uploads (GitHub's `state: "starter"` after a failed upload, docs/facts.md#name-clashes-and-leftovers): never data. */
  broken: Asset[]
}

export interface StoredCopy {
  metadata: SessionMetadata
  metadataAsset: Asset
  /** Archives whose size matches the metadata, final name first; the digest decides among them. */
  archives: Asset[]
}

/** A metadata file that could not be read (junk, or a newer format): named, never fatal to others. */
interface MetadataProblem {
  asset: Asset
  error: ClaudeSessionError
}

export function groupSessionAssets(release: Release): Map<string, SessionAssets> {
  const groups = new Map<string, SessionAssets>()
  for (const asset of release.assets) {
    const role = roleOfAsset(asset.name)
    if (!role) continue
    let group = groups.get(role.sessionId)
    if (!group) {
      group = emptyGroup(role.sessionId, release)
      groups.set(role.sessionId, group)
    }
    if (asset.state !== 'uploaded') group.broken.push(asset)
    else if (role.kind === 'metadata') group.metadata.push(asset)
    else group.archives.push(asset)
  }
  return groups
}

function emptyGroup(sessionId: string, release: { id: number; tagName: string }): SessionAssets {
  return {
    sessionId,
    releaseId: release.id,
    tag: release.tagName,
    metadata: [],
    archives: [],
    broken: []
  }
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

export interface MetadataVersions {
  /** The listing the versions were read from: fresher than the caller's after a concurrent save. */
  group: SessionAssets
  /** The committed version first, then newest save first. */
  versions: { metadata: SessionMetadata; asset: Asset }[]
  /** Set when the newest metadata file (by asset id) cannot be read by this version of the tool. */
  problem?: MetadataProblem
}

/**
 * Reads every metadata asset of a session, newest save first. A concurrent save may delete an
 * asset between the listing and the read (GitHub then answers 404): the listing is taken again,
 * so that a race never reads as "the token cannot see it".
 */
export async function readMetadataVersions(
  store: ReleaseStore,
  group: SessionAssets
): Promise<MetadataVersions> {
  for (let attempt = 0; ; attempt++) {
    const read = await readListed(store, group)
    if (read !== 'stale' || attempt >= RELISTS) {
      if (read === 'stale') return { group, versions: [] }
      return { group, ...read }
    }
    const release = await store.getRelease(group.releaseId)
    group =
      (release && groupSessionAssets(release).get(group.sessionId)) ??
      emptyGroup(group.sessionId, { id: group.releaseId, tagName: group.tag })
  }
}

async function readListed(
  store: ReleaseStore,
  group: SessionAssets
): Promise<Omit<MetadataVersions, 'group'> | 'stale'> {
  const versions: { metadata: SessionMetadata; asset: Asset }[] = []
  let problem: MetadataProblem | undefined
  // Final names first: in a clean release that is the only one and no further read is needed.
  const ordered = [...group.metadata].sort((a, b) => stagingRank(a) - stagingRank(b) || b.id - a.id)
  // Independent reads: they travel together, and are looked at in order.
  const reads = ordered.map((asset) =>
    store.readAsset(asset, { maxBytes: MAX_METADATA_BYTES }).then(
      (bytes) => ({ text: bytes.toString('utf8') }),
      (error: unknown) => ({ error })
    )
  )
  for (const [i, asset] of ordered.entries()) {
    const read = await reads[i]!
    if ('error' in read) {
      if (!(await stillListed(store, group.releaseId, asset))) return 'stale'
      throw read.error
    }
    const text = read.text
    let metadata: SessionMetadata
    try {
      metadata = parseMetadata(text)
    } catch (error) {
      if (!(error instanceof ClaudeSessionError)) throw error
      // Only the newest file decides; an older unreadable one is a leftover the next save removes.
      if (!problem || asset.id > problem.asset.id) {
        // A newer format keeps its kind: the user updates claude-session, nothing is damaged.
        const Unreadable =
          error instanceof NewerFormatError ? NewerFormatError : HostileArchiveError
        problem = {
          asset,
          error: new Unreadable(`${asset.name} on ${group.tag} cannot be read: ${error.message}`)
        }
      }
      continue
    }
    if (metadata.sessionId.toLowerCase() !== group.sessionId) continue
    versions.push({ metadata, asset })
  }
  // A version is committed when its metadata holds the final name (see save/commitVersion.ts): that one is
  // current, whatever a save still uploading (or killed) left under staging names. Staged versions
  // count only when none is committed, as after a save killed between its lock and its commit.
  versions.sort(
    (a, b) =>
      stagingRank(a.asset) - stagingRank(b.asset) ||
      (b.metadata.timestamp ?? '').localeCompare(a.metadata.timestamp ?? '') ||
      b.asset.id - a.asset.id
  )
  const newest = problem
  if (newest && versions.some((v) => v.asset.id > newest.asset.id)) problem = undefined
  return { versions, ...(problem ? { problem } : {}) }
}

async function stillListed(store: ReleaseStore, releaseId: number, asset: Asset): Promise<boolean> {
  const release = await store.getRelease(releaseId)
  return release?.assets.some((a) => a.id === asset.id) ?? false
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

export async function storedCopies(
  store: ReleaseStore,
  group: SessionAssets
): Promise<StoredCopy[]> {
  return (await storedCopiesOf(store, group)).copies
}

/**
 * The complete versions of a session and the listing they came from. When the newest metadata
 * cannot be read (a newer tool wrote it), this says so instead of falling back to an older copy.
 */
export async function storedCopiesOf(
  store: ReleaseStore,
  group: SessionAssets
): Promise<{ group: SessionAssets; copies: StoredCopy[] }> {
  const read = await readMetadataVersions(store, group)
  if (read.problem) throw read.problem.error
  const copies: StoredCopy[] = []
  for (const { metadata, asset } of read.versions) {
    const archives = archivesFor(read.group, metadata)
    if (archives.length > 0) copies.push({ metadata, metadataAsset: asset, archives })
  }
  return { group: read.group, copies }
}

function stagingRank(asset: Asset): number {
  return roleOfAsset(asset.name)?.staging ? 1 : 0
}
