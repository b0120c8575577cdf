import { SessionNotFoundError } from '../errors.js'
import type { SyncContext } from '../shared/context.js'
import { listSessions, type ListedSession } from './list.js'
import { applyPrune, planPrune, type PruneCandidate } from './prune.js'

/** What a tidy end removes: one branch's sessions, old sessions of every branch, or both. */
export interface CleanupRequest {
  /** The branch that went away (a closed pull request's head, a deleted branch). */
  branch?: string
  /** Also every session of any branch last saved more than this many days ago. */
  olderThanDays?: number
  /**
   * Sessions saved at or after this moment are kept: a run still going when the pull request
   * closed saves its work afterwards, and nobody would see that work go.
   */
  savedBefore: Date
  now?: Date
}

export interface CleanupPlan {
  remove: PruneCandidate[]
  /** Sessions of the branch left in place, and why. */
  kept: (ListedSession & { reason: string })[]
}

/** What a cleanup would delete and keep; deletes nothing. */
export async function planCleanup(ctx: SyncContext, request: CleanupRequest): Promise<CleanupPlan> {
  const plan: CleanupPlan = { remove: [], kept: [] }
  const cutoff = request.savedBefore.getTime()
  const consider = (session: ListedSession, reason: string) => {
    const saved = Date.parse(session.savedAt ?? session.lastRecordAt ?? '')
    if (session.problem !== undefined)
      // Never delete what we cannot read (the listing already warned why).
      plan.kept.push({ ...session, reason: 'its metadata cannot be read' })
    else if (Number.isNaN(saved))
      plan.kept.push({ ...session, reason: 'its metadata holds no save time' })
    else if (saved >= cutoff)
      plan.kept.push({ ...session, reason: `saved at ${session.savedAt}, after the cleanup began` })
    else if (!plan.remove.some((c) => same(c, session))) plan.remove.push({ ...session, reason })
  }
  if (request.branch !== undefined) {
    for (const session of (await listSessions(ctx, { branch: request.branch })).sessions)
      consider(session, `branch ${request.branch} closed`)
  }
  if (request.olderThanDays !== undefined) {
    const old = await planPrune(ctx, { olderThanDays: request.olderThanDays, now: request.now })
    for (const candidate of old) consider(candidate, candidate.reason)
  }
  return plan
}

/**
 * Deletes what the plan removes, one session at a time through the same deletion as `prune`.
 * A session another cleanup deleted meanwhile (a merged pull request fires both `closed` and
 * `delete`) counts as gone, not as a failure. Returns how many were deleted here.
 */
export async function applyCleanup(ctx: SyncContext, plan: CleanupPlan): Promise<number> {
  let deleted = 0
  for (const candidate of plan.remove) {
    try {
      // Re-read right before: a session saved again since it was listed is kept (manage/delete.ts).
      const result = await applyPrune(ctx, [candidate])
      deleted += result.deletedSessions.length
      for (const kept of result.kept)
        ctx.log.info(`Kept session ${kept.sessionId} on ${kept.branch}: ${kept.reason}.`)
    } catch (error) {
      if (!(error instanceof SessionNotFoundError)) throw error
      ctx.log.info(`Session ${candidate.sessionId} on ${candidate.branch} was already deleted.`)
    }
  }
  return deleted
}

const same = (a: ListedSession, b: ListedSession): boolean =>
  a.releaseId === b.releaseId && a.sessionId === b.sessionId
