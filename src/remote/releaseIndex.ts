import { parseMetadata, type SessionMetadata } from '../archive/metadata.js'
import type { Asset, DraftLookup } from '../store/index.js'
import { parseIndex, type IndexEntry, type ReleaseIndex } from './releaseIndexFormat.js'
import { roleOfAsset } from './layout.js'
import type { SessionAssets, StoredCopy } from './storedCopies.js'

export {
  bodyWithout,
  parseIndex,
  renderBody,
  type IndexEntry,
  type ReleaseIndex
} from './releaseIndexFormat.js'

/**
 * The index of sessions kept in a draft's body: the one entry point (its text format is
 * releaseIndexFormat.ts). What the index can stand in for, checked against the assets
 * listed by the same GraphQL answer. Every function here answers undefined rather than guess: the
 * caller then takes the listing path, which reads the metadata assets themselves. An asset's
 * content never changes after upload (a rename keeps id and bytes), so a live node id with the
 * indexed name and size holds the indexed bytes; restore still checks the archive's sha256.
 */
export function indexOf(lookup: DraftLookup | null | undefined): ReleaseIndex | undefined {
  if (!lookup?.isDraft) return undefined
  const index = parseIndex(lookup.description)
  return index?.releaseId === lookup.id ? index : undefined
}

type Live = Map<string, { name: string; size: number }>

function liveAssets(lookup: DraftLookup): Live | undefined {
  return lookup.complete ? new Map(lookup.assets.map((a) => [a.nodeId, a])) : undefined
}

/** For restore: the session asked for (or the one saved last) as one stored copy. */
export function indexedCopy(
  lookup: DraftLookup,
  index: ReleaseIndex,
  sessionId: string | undefined
): { sessionId: string; copy: StoredCopy } | undefined {
  const live = liveAssets(lookup)
  if (!live) return undefined
  let chosen = sessionId?.toLowerCase()
  if (chosen === undefined) {
    // The newest save is the highest metadata id (storedCopies.ts): every metadata asset on the
    // release, staged ones included, must be indexed for the index to tell which that is.
    const byNode = new Map(Object.entries(index.sessions).map(([s, e]) => [e.metadata.nodeId, s]))
    let best = -1
    for (const [nodeId, asset] of live) {
      if (roleOfAsset(asset.name)?.kind !== 'metadata') continue
      const indexed = byNode.get(nodeId)
      if (indexed === undefined) return undefined
      const id = index.sessions[indexed]!.metadata.id
      if (id > best) [best, chosen] = [id, indexed]
    }
  }
  const entry = chosen === undefined ? undefined : ownEntry(index, chosen)
  if (!entry || !entryIsLive(entry, live)) return undefined
  const copy = copyOf(chosen!, entry, live)
  return copy && { sessionId: chosen!, copy }
}

/**
 * For save: the session's assets as a listing would show them, and its stored copy. Only when the
 * release holds exactly the indexed pair of this session, or nothing of it.
 */
export function indexedAssets(
  lookup: DraftLookup,
  index: ReleaseIndex,
  sessionId: string
): { assets: SessionAssets | undefined; copies: StoredCopy[] } | undefined {
  const live = liveAssets(lookup)
  if (!live) return undefined
  const ours = [...live].filter(([, a]) => roleOfAsset(a.name)?.sessionId === sessionId)
  if (ours.length === 0) return { assets: undefined, copies: [] }
  const entry = ownEntry(index, sessionId)
  if (!entry || ours.length !== 2 || !entryIsLive(entry, live)) return undefined
  const copy = copyOf(sessionId, entry, live)
  if (!copy) return undefined
  const assets: SessionAssets = {
    sessionId,
    releaseId: lookup.id,
    tag: lookup.tagName,
    metadata: [copy.metadataAsset],
    archives: copy.archives,
    broken: []
  }
  return { assets, copies: [copy] }
}

/** The index after a save of `sessionId`: entries whose assets are still listed, and ours. */
export function nextIndex(
  previous: ReleaseIndex | undefined,
  release: { id: number; uploadUrl: string },
  listedNodeIds: Set<string> | undefined,
  sessionId: string,
  entry: IndexEntry
): ReleaseIndex {
  const sessions: Record<string, IndexEntry> = {}
  if (previous?.releaseId === release.id) {
    for (const [id, e] of Object.entries(previous.sessions)) {
      const listed =
        !listedNodeIds ||
        (listedNodeIds.has(e.metadata.nodeId) && listedNodeIds.has(e.archive.nodeId))
      if (id !== sessionId && listed) sessions[id] = e
    }
  }
  sessions[sessionId] = entry
  return { releaseId: release.id, uploadUrl: release.uploadUrl, sessions }
}

/** The index entry of a version just committed; undefined when an asset lacks its node id. */
export function entryFor(
  metadata: { asset: Asset; text: string },
  archive: { asset: Asset; sha256: string }
): IndexEntry | undefined {
  const m = metadata.asset
  const a = archive.asset
  if (!m.nodeId || !a.nodeId) return undefined
  return {
    metadata: { id: m.id, nodeId: m.nodeId, name: m.name, size: m.size, text: metadata.text },
    archive: {
      id: a.id,
      nodeId: a.nodeId,
      name: a.name,
      size: a.size,
      sha256: archive.sha256,
      contentType: a.contentType
    }
  }
}

function ownEntry(index: ReleaseIndex, sessionId: string): IndexEntry | undefined {
  return Object.hasOwn(index.sessions, sessionId) ? index.sessions[sessionId] : undefined
}

function entryIsLive(entry: IndexEntry, live: Live): boolean {
  const m = live.get(entry.metadata.nodeId)
  const a = live.get(entry.archive.nodeId)
  return (
    m !== undefined &&
    m.name === entry.metadata.name &&
    m.size === entry.metadata.size &&
    Buffer.byteLength(entry.metadata.text) === entry.metadata.size &&
    a !== undefined &&
    a.size === entry.archive.size &&
    roleOfAsset(a.name)?.kind === 'archive' &&
    roleOfAsset(a.name)?.sessionId === roleOfAsset(entry.archive.name)?.sessionId
  )
}

/** The indexed version, when its metadata parses and agrees with the indexed archive. */
function copyOf(sessionId: string, entry: IndexEntry, live: Live): StoredCopy | undefined {
  let metadata: SessionMetadata
  try {
    metadata = parseMetadata(entry.metadata.text)
  } catch {
    return undefined
  }
  const archiveName = live.get(entry.archive.nodeId)!.name
  const encrypted = roleOfAsset(archiveName)?.encrypted === true
  if (
    metadata.sessionId.toLowerCase() !== sessionId ||
    metadata.archiveSha256 !== entry.archive.sha256 ||
    metadata.archiveSize !== entry.archive.size ||
    (metadata.encrypted === true) !== encrypted
  )
    return undefined
  const asset = (a: { id: number; nodeId: string; size: number }, name: string, type: string) => ({
    id: a.id,
    nodeId: a.nodeId,
    name,
    size: a.size,
    state: 'uploaded',
    contentType: type,
    updatedAt: ''
  })
  return {
    metadata,
    metadataAsset: asset(entry.metadata, entry.metadata.name, 'application/json'),
    archives: [asset(entry.archive, archiveName, entry.archive.contentType)]
  }
}
