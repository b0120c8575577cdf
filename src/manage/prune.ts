import type { SyncContext } from '../shared/context.js'
import { deleteStoredSessions } from './delete.js'
import { listStoredSessions, type StoredSession } from './list.js'

export interface PruneCandidate extends StoredSession {
  reason: string
}

export interface PruneOptions {
  olderThanDays?: number
  /** Also prune sessions whose branch no longer exists in the repository. */
  gone?: boolean
  now?: Date
}

/** What `prune` would delete, and why; deletes nothing. */
export async function planPrune(
  ctx: SyncContext,
  options: PruneOptions
): Promise<PruneCandidate[]> {
  const now = (options.now ?? new Date()).getTime()
  const sessions = await listStoredSessions(ctx)
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
  return candidates
}

export async function applyPrune(ctx: SyncContext, candidates: PruneCandidate[]): Promise<number> {
  let deleted = 0
  for (const candidate of candidates) {
    await deleteStoredSessions(ctx, { branch: candidate.branch, sessionId: candidate.sessionId })
    deleted++
  }
  return deleted
}
