export type { SyncContext } from './context.js'
export { saveSession, type SaveRequest, type SaveResult, type SecretsPolicy } from './save.js'
export { restoreSession, type RestoreRequest, type RestoreResult } from './restore.js'
export type { LocalConflictPolicy } from './install.js'
export { listStoredSessions, type StoredSession } from './list.js'
export { deleteStoredSessions, type DeleteResult } from './delete.js'
export { planPrune, applyPrune, type PruneCandidate, type PruneOptions } from './prune.js'
export { tagForBranch, archiveAssetName, metadataAssetName, TAG_PREFIX } from './remoteLayout.js'
export {
  startRun,
  followRun,
  type FollowResult,
  type RunProgress,
  type StartRequest
} from './workflowRun.js'
