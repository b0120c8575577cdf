import { SessionNotFoundError } from '../errors.js'
import type { Release } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import { tagForBranch } from '../remote/layout.js'
import { groupSessionAssets } from '../remote/storedCopies.js'
import { sessionDrafts } from './list.js'

export interface DeleteResult {
  deletedAssets: number
  deletedReleases: number
}

/**
 * Deletes one session from a branch's draft, or the whole draft. A draft left with no session is
 * deleted too; deleting a draft leaves no git tag behind (docs/facts.md#duplicate-drafts).
 */
export async function deleteStoredSessions(
  ctx: SyncContext,
  options: { branch: string; sessionId?: string }
): Promise<DeleteResult> {
  const drafts = await sessionDrafts(ctx, options.branch)
  if (drafts.length === 0) {
    throw new SessionNotFoundError(
      `No draft release ${tagForBranch(options.branch)} in ${ctx.repository}: nothing to delete.`
    )
  }
  const result: DeleteResult = { deletedAssets: 0, deletedReleases: 0 }
  if (options.sessionId === undefined) {
    for (const draft of drafts) {
      await ctx.store.deleteRelease(draft.id)
      result.deletedReleases++
    }
    return result
  }
  const id = options.sessionId.toLowerCase()
  let found = false
  for (const draft of drafts) {
    const groups = groupSessionAssets(draft)
    const group = groups.get(id)
    if (!group) continue
    found = true
    for (const asset of [...group.metadata, ...group.archives, ...group.broken]) {
      if (await ctx.store.deleteAsset(asset.id)) result.deletedAssets++
    }
    if (groups.size === 1 && onlySessionAssets(draft)) {
      await ctx.store.deleteRelease(draft.id)
      result.deletedReleases++
    }
  }
  if (!found) {
    throw new SessionNotFoundError(
      `Session ${options.sessionId} is not saved on ${tagForBranch(options.branch)} in ${ctx.repository}.`
    )
  }
  return result
}

function onlySessionAssets(draft: Release): boolean {
  const groups = groupSessionAssets(draft)
  let ours = 0
  for (const g of groups.values()) ours += g.metadata.length + g.archives.length + g.broken.length
  return ours === draft.assets.length
}
