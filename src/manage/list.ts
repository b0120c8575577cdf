import type { Release } from '../store/index.js'
import type { SyncContext } from '../shared/context.js'
import { branchOfTag, TAG_PREFIX, tagForBranch } from '../remote/layout.js'
import { archivesFor, groupSessionAssets, readMetadataVersions } from '../remote/storedCopies.js'

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

/** Every stored session, newest save first; reads each session's metadata (one small download each). */
export async function listStoredSessions(
  ctx: SyncContext,
  options: { branch?: string } = {}
): Promise<StoredSession[]> {
  const releases = await sessionDrafts(ctx, options.branch)
  const sessions: StoredSession[] = []
  for (const release of releases) {
    const branch = branchOfTag(release.tagName)
    if (branch === undefined) continue
    for (const listed of groupSessionAssets(release).values()) {
      const { group, versions, problem } = await readMetadataVersions(ctx.store, listed)
      const where = {
        branch,
        tag: release.tagName,
        releaseId: release.id,
        releaseUrl: release.htmlUrl,
        sessionId: group.sessionId
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
  return sessions.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''))
}

/** Our drafts: one branch's (duplicates included), or every branch's. */
export async function sessionDrafts(ctx: SyncContext, branch?: string): Promise<Release[]> {
  if (branch !== undefined) return ctx.store.listDrafts(tagForBranch(branch))
  return ctx.store.listReleases({ tagPrefix: TAG_PREFIX, draftsOnly: true })
}
