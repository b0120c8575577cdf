import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ClaudeSessionError } from '../errors.js'
import type { DraftLookup, Release } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import {
  bodyWithout,
  indexedAssets,
  indexOf,
  nextIndex,
  parseIndex,
  renderBody,
  type IndexEntry,
  type ReleaseIndex
} from './releaseIndex.js'
import { groupSessionAssets, type SessionAssets, type StoredCopy } from './storedCopies.js'

const DRAFT_BODY =
  'Claude Code sessions saved by claude-session. This release is a draft on purpose: drafts are ' +
  'visible only to people and tokens with push access. Do not publish it: transcripts can hold ' +
  'code, tool output and secrets.'

/** The draft a save writes to, and what its index already says about the session. */
export interface SaveDraft {
  release: Release
  /** True when this save created the draft (and kept it): nothing else is on it yet. */
  created: boolean
  /** The index in the draft's body, when it is there and intact. */
  index?: ReleaseIndex
  /** The draft's body as looked up: the text a person wrote around the index is kept from it. */
  body?: string
  /** Node ids of every asset the draft held when looked up; undefined when not all are known. */
  listedNodeIds?: Set<string>
  /** The session's assets and stored copy, when the index and the listed assets agree on them. */
  indexed?: { assets: SessionAssets | undefined; copies: StoredCopy[] }
}

/**
 * The branch's draft, created on first use. When the index in its body matches the assets the same
 * GraphQL answer lists, no further request is needed to know what the session holds.
 *
 * GitHub does not keep draft tag names unique (docs/facts.md#duplicate-drafts), so two first saves at once can make
 * two drafts: every caller then settles on the lowest id, moves what only the other holds, and
 * deletes the other. The lowest id is the same answer for every racer, which is what makes them
 * converge.
 */
export async function openDraftForSave(
  ctx: SyncContext,
  target: {
    tag: string
    branch: string
    sessionId: string
    /** `store.lookupDraft(tag)`, when the caller started it early. */
    lookup?: Promise<DraftLookup | null | undefined>
  }
): Promise<SaveDraft> {
  const { tag, branch, sessionId } = target
  const lookup = await (target.lookup ?? ctx.store.lookupDraft(tag))
  const index = indexOf(lookup)
  const listedNodeIds = lookup?.complete ? new Set(lookup.assets.map((a) => a.nodeId)) : undefined
  if (lookup && index) {
    const release = await ctx.store.draftFromIndexedLookup(lookup, index.uploadUrl)
    const indexed = release && indexedAssets(lookup, index, sessionId)
    if (release && indexed)
      return { release, created: false, index, body: lookup.description, listedNodeIds, indexed }
  }
  const found = await ctx.store.draftFromLookup(tag, lookup)
  if (found) {
    const listed = new Set(found.assets.flatMap((a) => (a.nodeId ? [a.nodeId] : [])))
    const fromBody = parseIndex(found.body)
    return {
      release: found,
      created: false,
      index: index ?? (fromBody?.releaseId === found.id ? fromBody : undefined),
      body: found.body ?? (lookup?.id === found.id ? lookup.description : undefined),
      listedNodeIds: listed.size === found.assets.length ? listed : undefined
    }
  }
  const created = await ctx.store.createDraft(tag, {
    name: `Claude Code sessions: ${branch}`,
    body: DRAFT_BODY
  })
  // A twin made at the same moment is among the newest releases, so the first page shows it; only
  // a twin is read whole (the listing names releases without their assets, releaseListing.ts).
  // This read cannot join another request: it must follow our create (a twin's creator looked up
  // before it, too) and precede our lock (convergence first is what lets the metadata name decide
  // between two first saves), and the index PATCH cannot move into the create, as it needs the
  // numeric asset ids restore downloads by, which GraphQL's ReleaseAsset lacks
  // (docs/facts.md#asset-digest). So a save that creates the draft makes six requests.
  const { refs } = await ctx.store.listDraftRefs({ tag, maxPages: 1 })
  const twins = [created]
  for (const ref of refs) {
    if (ref.id === created.id) continue
    const twin = ref.release ?? (await ctx.store.getRelease(ref.id))
    if (twin?.draft && twin.tagName === tag) twins.push(twin)
  }
  const release = await convergeDrafts(ctx, twins)
  return {
    release,
    created: release.id === created.id && twins.length === 1,
    body: release.body ?? DRAFT_BODY
  }
}

/**
 * Records the version just committed in the draft's index. Best effort: the version is stored
 * whatever happens here, and a missing or stale index only sends readers down the listing path.
 * Concurrent saves may each drop the other's entry; never a wrong one, as readers check entries
 * against the listed assets and restore checks the archive's sha256.
 */
export async function recordInIndex(
  ctx: SyncContext,
  draft: SaveDraft,
  sessionId: string,
  entry: IndexEntry | undefined
): Promise<void> {
  if (!entry) return
  const index = nextIndex(draft.index, draft.release, draft.listedNodeIds, sessionId, entry)
  try {
    await ctx.store.updateBody(draft.release, renderBody(draft.body ?? DRAFT_BODY, index))
  } catch (error) {
    if (!(error instanceof ClaudeSessionError)) throw error
    ctx.log.debug(`Could not update the index on ${draft.release.tagName}: ${error.message}`)
  }
}

/**
 * Takes deleted sessions out of the draft's index: their rows, and their metadata (which names
 * the working directory) in the JSON. Best effort, as recordInIndex: readers check the index
 * against the assets anyway; the text a person wrote around it stays.
 */
export async function dropFromIndex(
  ctx: SyncContext,
  release: Release,
  sessionIds: string[]
): Promise<void> {
  const body = bodyWithout(release.body, sessionIds)
  if (body === undefined) return
  try {
    await ctx.store.updateBody(release, body)
  } catch (error) {
    if (!(error instanceof ClaudeSessionError)) throw error
    ctx.log.warning(
      `Could not take the deleted sessions out of the description of ${release.tagName}: ${error.message}`
    )
  }
}

/** Keeps the lowest-id draft of `twins` (all with one tag), moving over sessions it lacks. */
async function convergeDrafts(ctx: SyncContext, twins: Release[]): Promise<Release> {
  const sorted = [...twins].sort((a, b) => a.id - b.id)
  const keep = sorted[0]!
  if (sorted.length === 1) return keep
  const kept = groupSessionAssets(keep)
  for (const extra of sorted.slice(1)) {
    for (const [sessionId, group] of groupSessionAssets(extra)) {
      if (kept.has(sessionId)) continue
      const work = await mkdtemp(join(ctx.tempDir, 'claude-session-move-'))
      try {
        for (const asset of [...group.archives, ...group.metadata]) {
          const path = join(work, String(asset.id))
          await ctx.store.downloadAsset(asset, path)
          await ctx.store.uploadAsset(keep, {
            name: asset.name,
            filePath: path,
            contentType: asset.contentType
          })
        }
      } finally {
        await rm(work, { recursive: true, force: true })
      }
      ctx.log.info(
        `Moved session ${sessionId} from a duplicate draft ${extra.tagName} (#${extra.id}) to #${keep.id}`
      )
    }
    await ctx.store.deleteRelease(extra.id)
    ctx.log.info(`Deleted duplicate draft ${extra.tagName} (#${extra.id})`)
  }
  return (await ctx.store.getRelease(keep.id)) ?? keep
}
