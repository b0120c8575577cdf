import type { Release } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import { branchOfTag, TAG_PREFIX, tagForBranch } from '../remote/layout.js'
import {
  archivesFor,
  groupSessionAssets,
  readMetadataVersions,
  type SessionAssets
} from '../remote/storedCopies.js'
import { refuseWhenDraftsHidden } from './draftVisibility.js'

export interface StoredSession {
  branch: string
  tag: string
  releaseId: number
  releaseUrl: string
  sessionId: string
  lastRecordAt?: string
  records?: number
  /** Bytes of the stored archive. */
  size: number
  savedBy?: 'laptop' | 'ci'
  savedAt?: string
  encrypted?: boolean
  /**
   * Set when this tool cannot read the session's metadata (junk, or a newer format): why, naming
   * the asset. Such a session is listed and skipped, never fatal to the others.
   */
  problem?: string
}

/** A stored session and the assets it was read from: what a deletion may remove, and no more. */
export interface ListedSession extends StoredSession {
  assets: SessionAssets
}

export interface SessionListing {
  sessions: ListedSession[]
  /**
   * False when GraphQL could not list and REST's first 1000 releases were all that was searched
   * (docs/facts.md#drafts-and-the-tag-endpoint): sessions on older drafts may exist that this listing does not show.
   */
  complete: boolean
}

/** Said wherever a listing may have missed drafts, instead of "nothing stored". */
export const INCOMPLETE_LISTING =
  "This listing may be incomplete: GitHub's GraphQL API did not answer, and its REST API lists only " +
  'the newest 1000 releases, so a session draft older than those is not shown.'

/** Every stored session, newest save first; reads each session's metadata (one small download each). */
export async function listStoredSessions(
  ctx: SyncContext,
  options: { branch?: string } = {}
): Promise<StoredSession[]> {
  const { sessions } = await listSessions(ctx, options)
  return sessions.map(({ assets: _assets, ...session }) => session)
}

/** listStoredSessions, with each session's assets and whether the listing saw every release. */
export async function listSessions(
  ctx: SyncContext,
  options: { branch?: string } = {}
): Promise<SessionListing> {
  const { drafts, complete } = await sessionDrafts(ctx, options.branch)
  if (drafts.length === 0) await refuseWhenDraftsHidden(ctx)
  const sessions: ListedSession[] = []
  for (const release of drafts) {
    const branch = branchOfTag(release.tagName)
    if (branch === undefined) continue
    for (const listed of groupSessionAssets(release).values()) {
      const { group, versions, problem } = await readMetadataVersions(ctx.store, listed)
      const where = {
        branch,
        tag: release.tagName,
        releaseId: release.id,
        releaseUrl: release.htmlUrl,
        sessionId: group.sessionId,
        assets: group
      }
      if (problem) {
        // A teammate on a newer version must not lock everyone else out of their sessions.
        ctx.log.warning(
          `Skipping session ${group.sessionId} on branch ${branch}: ${problem.error.message}`
        )
        sessions.push({ ...where, size: problem.asset.size, problem: problem.error.message })
        continue
      }
      const latest = versions[0]
      if (!latest) continue
      const archive = archivesFor(group, latest.metadata)[0]
      const m = latest.metadata
      sessions.push({
        ...where,
        lastRecordAt: m.lastRecordAt,
        records: m.records,
        size: archive?.size ?? m.archiveSize ?? 0,
        savedBy: m.savedBy,
        savedAt: m.timestamp,
        encrypted: m.encrypted
      })
    }
  }
  sessions.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''))
  return { sessions, complete }
}

/**
 * Our drafts: one branch's, found by tag as pull finds it (GraphQL `release(tagName:)`, which sees
 * drafts), or every branch's, from GraphQL's listing of releases, which has no cap and carries no
 * assets (src/store/releaseListing.ts).
 */
export async function sessionDrafts(
  ctx: SyncContext,
  branch?: string
): Promise<{ drafts: Release[]; complete: boolean }> {
  if (branch === undefined) return ctx.store.listDrafts({ tagPrefix: TAG_PREFIX })
  const { draft, complete } = await ctx.store.locateDraft(tagForBranch(branch))
  return { drafts: draft ? [draft] : [], complete }
}
