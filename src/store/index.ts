export { openStore, ReleaseStore } from './releaseStore.js'
export { graphqlUrlFor, splitRepository } from './client.js'
export type { Asset, DraftView, Release, RetryOptions, StoreOptions } from './types.js'
export {
  openWorkflowRuns,
  WorkflowRuns,
  type Dispatched,
  type WorkflowJob,
  type WorkflowRun,
  type WorkflowStep
} from './workflowRuns.js'
