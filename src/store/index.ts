export { openStore, ReleaseStore } from './releaseStore.js'
export { graphqlUrlFor } from './client.js'
export { CONTENTS_PERMISSION } from './errors.js'
export type { RepositoryAccess } from './repository.js'
export type {
  Asset,
  DraftListing,
  DraftView,
  Release,
  ReleaseRef,
  RetryOptions,
  StoreOptions
} from './types.js'
export {
  openWorkflowRuns,
  WorkflowRuns,
  type Dispatched,
  type WorkflowJob,
  type WorkflowRun,
  type WorkflowStep
} from './workflowRuns.js'
