import type { SyncContext } from '../shared/context.js'
import { removeSessions, type DeleteResult } from './delete.js'
import { listSessions, type ListedSession } from './list.js'

export interface PruneCandidate extends ListedSession {
  reason: string
}

export interface PruneOptions {
  olderThanDays?: number
  /** Also prune sessions whose branch no longer exists in the repository. */
  gone?: boolean
  now?: Date
}

export interface PrunePlan {
  candidates: PruneCandidate[]
  /** False when the listing may have missed old drafts (see INCOMPLETE_LISTING). */
  complete: boolean
}

/** What `prune` would delete, and why; deletes nothing. */
export async function planPrune(
  ctx: SyncContext,
  options: PruneOptions
): Promise<PruneCandidate[]> {
  return (await planPruneListing(ctx, options)).candidates
}

/** planPrune, saying also whether every release was searched. */
export async function planPruneListing(
  ctx: SyncContext,
  options: PruneOptions
): Promise<PrunePlan> {
  const now = (options.now ?? new Date()).getTime()
  const { sessions, complete } = await listSessions(ctx)
  const goneBranches = new Map<string, boolean>()
  const candidates: PruneCandidate[] = []
  for (const session of sessions) {
    // Unreadable metadata (already warned about by the listing): never delete what we cannot read.
    if (session.problem !== undefined) continue
    const reasons: string[] = []
    if (options.olderThanDays !== undefined) {
      const saved = Date.parse(session.savedAt ?? session.lastRecordAt ?? '')
      const ageDays = (now - saved) / 86_400_000
      if (!Number.isNaN(saved) && ageDays > options.olderThanDays) {
        reasons.push(`saved ${Math.floor(ageDays)} days ago`)
      }
    }
    if (options.gone) {
      if (!goneBranches.has(session.branch)) {
        goneBranches.set(session.branch, !(await ctx.store.branchExists(session.branch)))
      }
      if (goneBranches.get(session.branch))
        reasons.push(`branch ${session.branch} no longer exists`)
    }
    if (reasons.length > 0) candidates.push({ ...session, reason: reasons.join(', ') })
  }
  return { candidates, complete }
}

/**
 * Deletes exactly the versions the plan listed: a session saved again since (while the prompt was
 * open) is kept and reported in `kept` (see removeSessions).
 */
export async function applyPrune(
  ctx: SyncContext,
  candidates: PruneCandidate[]
): Promise<DeleteResult> {
  return removeSessions(ctx, candidates)
}
