export { openStore, ReleaseStore } from './releaseStore.js'
export { graphqlUrlFor } from './client.js'
export type { Asset, Release, RetryOptions, StoreOptions } from './types.js'
