import { SessionNotFoundError } from '../errors.js'
import type { Asset, Release } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import { dropFromIndex } from '../remote/draft.js'
import { tagForBranch } from '../remote/layout.js'
import { groupSessionAssets, type SessionAssets } from '../remote/storedCopies.js'
import { refuseWhenDraftsHidden } from './draftVisibility.js'
import { INCOMPLETE_LISTING, sessionDrafts } from './list.js'

/** A session as it was shown to the user: only these assets may be deleted. */
export interface ShownSession {
  branch: string
  tag: string
  releaseId: number
  sessionId: string
  assets: SessionAssets
}

/** What `delete` will remove, as listed before it asks. */
export interface DeletePlan {
  branch: string
  tag: string
  /** Whole drafts (no session named), each with every asset it held when listed. */
  drafts: Release[]
  sessions: ShownSession[]
}

/** A session left in place because it is not the one that was shown. */
export interface KeptSession {
  branch: string
  sessionId: string
  reason: string
}

export interface DeleteResult {
  deletedAssets: number
  deletedReleases: number
  /** The sessions removed, as `<branch> <session>`-able pairs. */
  deletedSessions: { branch: string; sessionId: string }[]
  kept: KeptSession[]
}

/**
 * What deleting one session of a branch's draft, or the whole draft, would remove. The draft is
 * found by tag as pull finds it (GraphQL), so a draft older than GitHub's newest 1000 releases is
 * found too (docs/facts.md#listing-releases).
 */
export async function planDelete(
  ctx: SyncContext,
  options: { branch: string; sessionId?: string }
): Promise<DeletePlan> {
  const tag = tagForBranch(options.branch)
  const { drafts, complete } = await sessionDrafts(ctx, options.branch)
  if (drafts.length === 0) {
    await refuseWhenDraftsHidden(ctx)
    throw new SessionNotFoundError(
      `No draft release ${tag} in ${ctx.repository}: nothing to delete.${complete ? '' : ` ${INCOMPLETE_LISTING}`}`
    )
  }
  const shown = (draft: Release, group: SessionAssets): ShownSession => ({
    branch: options.branch,
    tag,
    releaseId: draft.id,
    sessionId: group.sessionId,
    assets: group
  })
  if (options.sessionId === undefined) {
    const sessions = drafts.flatMap((d) =>
      [...groupSessionAssets(d).values()].map((g) => shown(d, g))
    )
    return { branch: options.branch, tag, drafts, sessions }
  }
  const id = options.sessionId.toLowerCase()
  const sessions = drafts.flatMap((d) => {
    const group = groupSessionAssets(d).get(id)
    return group ? [shown(d, group)] : []
  })
  if (sessions.length === 0) {
    throw new SessionNotFoundError(
      `Session ${options.sessionId} is not saved on ${tag} in ${ctx.repository}.`
    )
  }
  return { branch: options.branch, tag, drafts: [], sessions }
}

/**
 * Removes what the plan showed, and nothing else: each draft and each session is read again right
 * before it is deleted, and one that changed since (a save in CI while the prompt was open) is
 * kept and reported. A draft left with no asset is deleted; deleting a draft leaves no git tag
 * behind (docs/facts.md#duplicate-drafts).
 */
export async function applyDelete(ctx: SyncContext, plan: DeletePlan): Promise<DeleteResult> {
  const result = emptyResult()
  const whole = new Set<number>()
  for (const draft of plan.drafts) {
    const now = await ctx.store.getRelease(draft.id)
    if (!now) {
      whole.add(draft.id)
      continue
    }
    if (sameIds(now.assets, draft.assets) && now.draft && now.tagName === draft.tagName) {
      if (await ctx.store.deleteRelease(draft.id)) result.deletedReleases++
      whole.add(draft.id)
      for (const s of plan.sessions.filter((s) => s.releaseId === draft.id))
        result.deletedSessions.push({ branch: s.branch, sessionId: s.sessionId })
    }
  }
  merge(
    result,
    await removeSessions(
      ctx,
      plan.sessions.filter((s) => !whole.has(s.releaseId))
    )
  )
  return result
}

/**
 * Deletes each shown session's assets when the session still holds exactly those (checked right
 * before), then the drafts left empty; takes the deleted sessions out of the index of the others.
 */
export async function removeSessions(
  ctx: SyncContext,
  sessions: ShownSession[]
): Promise<DeleteResult> {
  const result = emptyResult()
  const releases = [...new Set(sessions.map((s) => s.releaseId))]
  for (const releaseId of releases) {
    const removed: string[] = []
    for (const shown of sessions.filter((s) => s.releaseId === releaseId)) {
      const now = await ctx.store.getRelease(releaseId)
      const group = now?.draft ? groupSessionAssets(now).get(shown.sessionId) : undefined
      // Already gone: someone else deleted it, which is what was asked.
      if (!group) continue
      if (!sameIds(assetsOf(group), assetsOf(shown.assets))) {
        result.kept.push({
          branch: shown.branch,
          sessionId: shown.sessionId,
          reason: 'it was saved again after it was listed'
        })
        continue
      }
      // Metadata first: a save that checked this version against it then loses its lock (its
      // delete answers 404) and says so, rather than committing over what is being deleted.
      for (const asset of [...group.metadata, ...group.archives, ...group.broken])
        if (await ctx.store.deleteAsset(asset.id)) result.deletedAssets++
      removed.push(shown.sessionId)
      result.deletedSessions.push({ branch: shown.branch, sessionId: shown.sessionId })
    }
    if (removed.length === 0) continue
    // Read again: only a draft that holds nothing now is deleted, never one a save just wrote to.
    const after = await ctx.store.getRelease(releaseId)
    if (!after?.draft) continue
    if (after.assets.length === 0) {
      if (await ctx.store.deleteRelease(releaseId)) result.deletedReleases++
    } else {
      await dropFromIndex(ctx, after, removed)
    }
  }
  return result
}

function assetsOf(group: SessionAssets): Asset[] {
  return [...group.metadata, ...group.archives, ...group.broken]
}

function sameIds(a: { id: number }[], b: { id: number }[]): boolean {
  const ids = new Set(a.map((x) => x.id))
  return a.length === b.length && b.every((x) => ids.has(x.id))
}

function emptyResult(): DeleteResult {
  return { deletedAssets: 0, deletedReleases: 0, deletedSessions: [], kept: [] }
}

function merge(into: DeleteResult, more: DeleteResult): void {
  into.deletedAssets += more.deletedAssets
  into.deletedReleases += more.deletedReleases
  into.deletedSessions.push(...more.deletedSessions)
  into.kept.push(...more.kept)
}

/** planDelete then applyDelete, for a caller that asks nothing in between. */
export async function deleteStoredSessions(
  ctx: SyncContext,
  options: { branch: string; sessionId?: string }
): Promise<DeleteResult> {
  return applyDelete(ctx, await planDelete(ctx, options))
}
