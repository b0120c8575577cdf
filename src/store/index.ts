export { openStore, ReleaseStore } from './releaseStore.js'
export { graphqlUrlFor } from './client.js'
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
