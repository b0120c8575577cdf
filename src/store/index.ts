export { openStore, ReleaseStore } from './releaseStore.js'
export { graphqlUrlFor, splitRepository } from './client.js'
export { CONTENTS_PERMISSION } from './errors.js'
export type { Asset, DraftLookup, Release, RetryOptions, StoreOptions } from './types.js'
export {
  openWorkflowRuns,
  WorkflowRuns,
  type WorkflowJob,
  type WorkflowRun
} from './workflowRuns.js'
